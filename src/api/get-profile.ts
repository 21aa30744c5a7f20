/**
 * `GET /v1/user/profile`: the token check. Read tolerantly (`{data: {...}}` or flat, `company` as a string or
 * `{name}`), because all the app needs is a name to show and a yes/no on the token. Runs only when asked.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiError } from './api-error.ts';
import type { ApiClient } from './client.ts';

const PROFILE_PATH = '/v1/user/profile';

export type Profile = { name?: string; email?: string; company?: string; id?: string; raw: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function readProfile(body: unknown): Profile {
  const profile: Profile = { raw: body };
  if (!isRecord(body)) return profile;
  const record = isRecord(body['data']) ? body['data'] : body;
  const company = record['company'];
  const fullName = [stringOf(record['first_name']), stringOf(record['last_name'])].filter(Boolean).join(' ');
  const name = stringOf(record['name']) ?? (fullName === '' ? undefined : fullName);
  const email = stringOf(record['email']);
  const companyName = isRecord(company) ? stringOf(company['name']) : stringOf(company);
  const id = stringOf(record['id']);
  if (name !== undefined) profile.name = name;
  if (email !== undefined) profile.email = email;
  if (companyName !== undefined) profile.company = companyName;
  if (id !== undefined) profile.id = id;
  return profile;
}

export async function getProfile({ client, signal }: { client: ApiClient; signal?: AbortSignal }) {
  const response = await client.request({ method: 'GET', path: PROFILE_PATH, signal });
  return readProfile(response.data);
}

function profileQueryKey(client: ApiClient) {
  return ['profile', client.cacheKey] as const;
}

export function getProfileQueryOptions({
  client,
  enabled = false,
}: {
  client: ApiClient;
  enabled?: boolean;
}) {
  return queryOptions<Profile, ApiError>({
    queryKey: profileQueryKey(client),
    queryFn: ({ signal }) => getProfile({ client, signal }),
    enabled,
    retry: false,
    networkMode: 'always',
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function useProfile({ client, enabled = false }: { client: ApiClient; enabled?: boolean }) {
  return useQuery(getProfileQueryOptions({ client, enabled }));
}
