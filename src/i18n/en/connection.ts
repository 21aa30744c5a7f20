import type { connection as fr } from '../fr/connection.ts';
import type { Translation } from '../types.ts';

export const connection: Translation<typeof fr> = {
  'connection.title': 'Connection',

  'connection.target.label': 'API target',
  'connection.target.sandbox': 'Sandbox',
  'connection.target.digishare': 'Digishare',
  'connection.target.custom': 'Custom',
  'connection.scenario.label': 'Scenario',
  'connection.scenario.hint': 'The sandbox answers as this scenario says (for testing).',
  'connection.scenario.ok': 'Normal (201)',
  'connection.scenario.unauthorized': 'Token refused (401)',
  'connection.scenario.forbidden': 'Forbidden (403)',
  'connection.scenario.notFound': 'Not found (404)',
  'connection.scenario.rateLimited': 'Too many requests (429)',
  'connection.scenario.serverError': 'Server error (500)',
  'connection.scenario.htmlError': 'Server error as HTML (500)',
  'connection.scenario.slow': 'Slow (answers after a few seconds)',
  'connection.baseUrl.label': 'Base URL',
  'connection.baseUrl.hint': 'Called directly from the browser: the server must allow CORS.',
  'connection.baseUrl.error.empty': 'Enter the base URL, for example https://api.example.com.',
  'connection.baseUrl.error.invalid': 'This is not a full URL; for example https://api.example.com.',
  'connection.baseUrl.error.protocol': 'The URL must start with http:// or https://.',
  'connection.baseUrl.error.credentials': 'Remove the user name and password from the URL.',
  'connection.baseUrl.error.queryOrHash': 'Remove the part after “?” or “#”: a base URL ends at its path.',

  'connection.token.label': 'API token',
  'connection.token.show': 'Show token',
  'connection.token.hide': 'Hide token',
  'connection.token.remember': 'Remember token for this tab',
  'connection.token.rememberHint':
    'Unticked, the token stays in memory and is gone on reload. Ticked, it is kept in this tab’s session storage until the tab closes; never anywhere else.',
  'connection.token.forget': 'Forget token',
  'connection.token.serverHeld': 'Token held by the server ({who})',
  'connection.token.serverHeldHint':
    'This server adds the company’s Digishare credential to each request itself; it never reaches your browser.',
  'connection.destination.sandbox': 'The token is sent only to {url}, the sandbox built into this app.',
  'connection.destination.digishare':
    'The token is sent only to {url}, which forwards it to {upstream} (Digishare).',
  'connection.destination.custom': 'The token is sent only to {url}.',
  'connection.destination.customPending':
    'The token will be sent only to the base URL entered above, once it is valid.',
  'connection.test.button': 'Test token',
  'connection.test.checking': 'Checking the token…',
  'connection.test.ok': 'Token accepted: {who}.',
  'connection.test.okAnonymous': 'Token accepted.',

  'connection.conversation.label': 'Conversation ID',
  'connection.conversation.hint': 'The conversation the message goes to (required).',
  'connection.conversation.hintRecent':
    'The conversation the message goes to (required). Recently used IDs are suggested.',

  'connection.send.button': 'Send',
  'connection.send.shortcut': 'Ctrl+Enter',
  'connection.send.sending': 'Sending…',
  'connection.send.blocked.message': 'Fix the message first.',
  'connection.send.blocked.token': 'Enter an API token.',
  'connection.send.blocked.baseUrl': 'Enter a valid base URL.',
  'connection.send.blocked.conversationId': 'Enter a conversation ID.',
  'connection.send.result': 'Send result',
  'connection.send.sent': 'Sent: message {id} · HTTP {status} · {ms} ms',
  'connection.send.sentNoId': 'Sent · HTTP {status} · {ms} ms',
  'connection.send.responseBody': 'Server response',
  'connection.send.formKept': 'Your message is unchanged: fix it and send again whenever you like.',
  'connection.send.formKeptUnknown':
    'Your message is unchanged. The outcome is unknown: check the conversation before sending it again.',
  'connection.send.resendBlocked': 'Cannot resend: {reasons}',

  'connection.error.validation.send': 'The server refused the message (HTTP {status}).',
  'connection.error.validation.profile': 'The server refused the request (HTTP {status}).',
  'connection.error.validation.local':
    'The request could not be built: the token contains characters an HTTP header cannot carry.',
  'connection.error.unauthorized': 'Token refused (HTTP 401): check the API token.',
  'connection.error.forbidden.send': 'This token is not allowed to send to this conversation (HTTP 403).',
  'connection.error.forbidden.profile': 'This token is not allowed to read this profile (HTTP 403).',
  'connection.error.notFound.send': 'Not found (HTTP 404): check the conversation ID and the API target.',
  'connection.error.notFound.profile': 'Not found (HTTP 404): check the API target.',
  'connection.error.tooLarge': 'The message is too large for the server (HTTP 413): shorten it.',
  'connection.error.rateLimited': 'Too many requests (HTTP 429). Wait a moment before trying again.',
  'connection.error.rateLimited.retryAfter': 'Too many requests (HTTP 429). Try again in {seconds} s.',
  'connection.error.server': 'The server failed (HTTP {status}). Try again later.',
  'connection.error.http': 'The server answered HTTP {status}.',
  'connection.error.network': 'The server could not be reached: check your connection and the API target.',
  'connection.error.network.cors':
    'If {origin} is up, it may be refusing requests from this page (CORS): it must allow the origin {pageOrigin} and the Authorization and Content-Type headers.',
  'connection.error.network.mixedContent': 'An https page cannot call an http URL: use https.',
  'connection.error.timeout.send':
    'No answer in time: the outcome is unknown. The message may have been sent; check the conversation before sending it again.',
  'connection.error.timeout.profile': 'No answer in time. Try again.',
  'connection.error.timeout.status': 'Something on the way stopped waiting (HTTP {status}).',
  'connection.error.aborted': 'The request was cancelled.',
  'connection.error.serverSays': 'Server message: {message}',
  'connection.error.htmlBody': 'The server answered with an HTML page instead of JSON.',
  'connection.error.fieldErrors': {
    one: '{count} field refused by the server:',
    other: '{count} fields refused by the server:',
  },
  'connection.error.rateLimited.noDelay':
    'Too many requests (HTTP 429). The server did not say how long to wait: wait a minute before trying again.',
  'connection.error.rateLimited.corsHint':
    'A server on another origin must list Retry-After in Access-Control-Expose-Headers for the page to read the delay.',
  'connection.error.redirect':
    'The server redirected the request (HTTP {status}) to {location}: check the base URL.',
  'connection.error.redirect.noLocation':
    'The server redirected the request (HTTP {status}) without saying where: check the base URL.',
  'connection.error.redirect.hidden':
    'The server answered with a redirect whose destination the browser hides: check the base URL (https, trailing slash).',
  'connection.error.redirect.notResent': 'The redirect was not followed: nothing was resent.',
  'connection.error.upstreamUnreachable.send':
    'The proxy could not reach Digishare: the message was not sent. Try again later.',
  'connection.error.upstreamUnreachable.profile': 'The proxy could not reach Digishare. Try again later.',
  'connection.error.unexpectedResponse':
    "HTTP {status}, but not the API's answer (no message id): the outcome is unknown. Check the conversation before sending again.",
  'connection.error.unexpectedResponse.empty': 'The answer was empty.',
  'connection.error.unexpectedResponse.html': 'An HTML page answered: {excerpt}',
  'connection.error.unexpectedResponse.body': 'What came back: {excerpt}',
  'connection.error.unexpected': 'Unexpected error.',

  'connection.inspector.title': 'Request',
  'connection.inspector.reveal': 'Reveal token',
  'connection.inspector.hiddenHint': 'The token shows as {placeholder}, also in what you copy.',
  'connection.inspector.revealedHint': 'The token is visible and will be copied: do not share it.',
  'connection.inspector.tab.json': 'JSON body',
  'connection.inspector.tab.curl': 'cURL',
  'connection.inspector.tab.fetch': 'fetch',
  'connection.inspector.copy.json': 'Copy JSON',
  'connection.inspector.copy.curl': 'Copy cURL',
  'connection.inspector.copy.fetch': 'Copy fetch',

  'connection.thread.count': {
    one: '{count} message in the conversation',
    other: '{count} messages in the conversation',
  },
  'connection.thread.clear': 'Clear thread',
  'connection.help': 'Help',
  'connection.fold.change': 'Change',
  'connection.fold.done': 'Done',
  'connection.summary.noConversation': 'no conversation',
  'connection.summary.noToken': 'no token',
  'connection.summary.tokenServer': 'token held by the server',
  'connection.summary.tokenSet': 'token set',
  'connection.send.resting':
    'Just sent: to send again, change the message, the conversation or the target, or wait a few seconds.',
  'connection.send.clearAfterSend': 'Clear after send',
  'connection.send.sameAgain': 'This same message went to {conversation} {seconds} s ago. Send it again?',
  'connection.send.sameAgainConfirm': 'Send again',
  'connection.send.sameAgainCancel': 'Cancel',
  'connection.send.footerConfirm':
    'This message has a footer. WhatsApp shows it, but Digishare’s documentation does not list “footer”: the API may refuse it or drop it. Send it anyway, or remove the footer in the editor.',
  'connection.send.footerConfirmSend': 'Send with footer anyway',
};
