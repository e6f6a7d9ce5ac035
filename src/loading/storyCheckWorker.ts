// The story checker's worker (see checkStoryText.ts): parses and checks one story text per message, off the main
// thread, so a large or hostile file never holds up the page. Replies carry the request's number.
import { parseStoryText } from '../model/story/parseStory';
import type { CheckReply } from './checkStoryText';

self.onmessage = (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (typeof request !== 'object' || request === null || !('id' in request) || !('text' in request)) return;
  const { id, text } = request;
  if (typeof id !== 'number' || typeof text !== 'string') return;
  let reply: CheckReply;
  try {
    reply = { id, result: parseStoryText(text) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
