/** The one door to the lazily loaded drawings (see lazy-kinds.tsx): everything here lands in one chunk. */
export { ButtonMessage } from './button-message.tsx';
export { CustomerReplyBubble } from './customer-reply-bubble.tsx';
export { ListMessage } from './list-message.tsx';
export { ListSheet } from './list-sheet.tsx';
export { LocationMessage } from './location-message.tsx';
export { LocationRequestMessage } from './location-request-message.tsx';
