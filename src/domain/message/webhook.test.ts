import { expect, it } from 'vitest';
import { buttonReplyEvent, listReplyEvent, locationReplyEvent } from './webhook.ts';

const context = { messageId: 'wamid_1', conversationId: 'conv_42' };

it('builds a button reply as Digishare delivers it', () => {
  expect(JSON.stringify(buttonReplyEvent(context, { id: 'btn_yes', title: 'Oui' }))).toBe(
    '{"event":"live_chat.new_message","data":{"id":"wamid_1","data":{"conversation_id":"conv_42","type":"interactive","body":{"type":"button_reply","button_reply":{"id":"btn_yes","title":"Oui"}},"send_to_third":false}}}',
  );
});

it('builds a list reply, with the description only when the row has one', () => {
  expect(
    listReplyEvent(context, { id: 'row_1', title: 'Problèmes API', description: "Aide à l'intégration" }).data
      .data.body,
  ).toEqual({
    type: 'list_reply',
    list_reply: { id: 'row_1', title: 'Problèmes API', description: "Aide à l'intégration" },
  });
  expect(
    listReplyEvent(context, { id: 'row_2', title: 'Connexion', description: '' }).data.data.body,
  ).toEqual({
    type: 'list_reply',
    list_reply: { id: 'row_2', title: 'Connexion' },
  });
});

it('builds a shared location', () => {
  expect(
    JSON.stringify(
      locationReplyEvent(context, { latitude: 33.5731, longitude: -7.5898, name: 'Maison' }).data.data,
    ),
  ).toBe(
    '{"conversation_id":"conv_42","type":"location","body":{"latitude":33.5731,"longitude":-7.5898,"name":"Maison"},"send_to_third":false}',
  );
});
