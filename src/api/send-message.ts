/**
 * `POST /v1/messages`. Digishare's pages show two answers, `{"id","status"}` and `{"data":{"id","status",…}}`;
 * both are read, and a 2xx is a send only when it is one of them: an id in JSON. Any other 2xx (a web server's
 * welcome page, plain text, broken JSON, JSON without an id) means something other than the API answered, so
 * it throws an `unexpected-response` error, reported as "outcome unknown" with what came back. A send is never
 * retried, by Query or by anyone: a timed-out send has an unknown outcome, and sending it again could deliver
 * it twice.
 */
import { mutationOptions, useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { Envelope } from '../domain/message/schema.ts';
import { ApiError } from './api-error.ts';
import type { ApiClient } from './client.ts';

export const SEND_MESSAGE_PATH = '/v1/messages';

export type SendMessageResult = {
  id: string;
  status: string | undefined;
  httpStatus: number;
  durationMs: number;
  /** The parsed body, or the raw text when it is not JSON, or `undefined` when empty. */
  body: unknown;
};

export type SendMessageVariables = { envelope: Envelope; signal?: AbortSignal };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Reads `id` and `status` from `{id, status}` or `{data: {id, status}}`. */
export function readSendResult(body: unknown): { id: string | undefined; status: string | undefined } {
  if (!isRecord(body)) return { id: undefined, status: undefined };
  const record = isRecord(body['data']) ? body['data'] : body;
  const status = record['status'];
  return { id: idOf(record['id']), status: typeof status === 'string' ? status : undefined };
}

export async function sendMessage({
  client,
  envelope,
  signal,
}: {
  client: ApiClient;
  envelope: Envelope;
  signal?: AbortSignal;
}): Promise<SendMessageResult> {
  const response = await client.request({
    method: 'POST',
    path: SEND_MESSAGE_PATH,
    body: envelope,
    signal,
  });
  const body = response.data ?? (response.rawText === '' ? undefined : response.rawText);
  const { id, status } = readSendResult(response.data);
  if (id === undefined) {
    throw new ApiError({
      kind: 'unexpected-response',
      status: response.status,
      message: `HTTP ${response.status}, but not the API's answer (no message id)`,
      ...(body !== undefined && { body }),
    });
  }
  return { id, status, httpStatus: response.status, durationMs: response.durationMs, body };
}

const SEND_MESSAGE_MUTATION_KEY = ['send-message'] as const;

export function sendMessageMutationOptions({ client }: { client: ApiClient }) {
  return mutationOptions<SendMessageResult, ApiError, SendMessageVariables>({
    mutationKey: SEND_MESSAGE_MUTATION_KEY,
    mutationFn: ({ envelope, signal }) => sendMessage({ client, envelope, signal }),
    retry: false,
    // Query would otherwise hold the send while the browser reports itself offline, then fire it later.
    networkMode: 'always',
  });
}

export type SendMessageMutationConfig = Omit<
  UseMutationOptions<SendMessageResult, ApiError, SendMessageVariables>,
  'mutationFn' | 'mutationKey' | 'retry' | 'retryDelay' | 'networkMode'
>;

export function useSendMessage({
  client,
  mutationConfig,
}: {
  client: ApiClient;
  mutationConfig?: SendMessageMutationConfig;
}) {
  return useMutation({ ...mutationConfig, ...sendMessageMutationOptions({ client }) });
}
