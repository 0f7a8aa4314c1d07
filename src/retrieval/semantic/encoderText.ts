/**
 * What the sentence encoder reads of a query or a claim: the words of the sentence, without what only a tweet's
 * page carries (links, a "— Name (@handle) date" signature, the @ and # marks). The same function serves the
 * training tool and the server, so a model meets the text it was trained on.
 */
import { LINKS, splitTweetSignature } from '../cleanText.js';

export function encoderText(raw: string): string {
  const { body } = splitTweetSignature(raw);
  return body.replace(LINKS, ' ').replace(/[@#]/g, ' ').replace(/\s+/g, ' ').trim();
}
