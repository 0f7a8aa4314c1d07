import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/retrieval/index.js';
import { splitTweetSignature } from '../../src/retrieval/cleanText.js';
import { words } from '../../src/retrieval/words.js';
import { analyze } from '../../src/retrieval/analyze.js';
import { encoderText } from '../../src/retrieval/semantic/encoderText.js';

describe('query cleaning', () => {
  it('drops links, including ones glued to the previous word', () => {
    expect(cleanText('Look at this https://t.co/AbC123 now')).toBe('Look at this now');
    expect(words('the #Moon landingpic.twitter.com/xyz9 was staged')).toEqual([
      'the',
      'moon',
      'landing',
      'was',
      'staged',
    ]);
    expect(cleanText('see www.example.org/page and bit.ly/3xYz')).toBe('see and');
  });

  it('splits handles and hashtags into words at camelCase humps and digits', () => {
    expect(words('@realDonaldTrump said #BlackLivesMatter')).toEqual([
      'real',
      'donald',
      'trump',
      'said',
      'black',
      'lives',
      'matter',
    ]);
    expect(words('#COVID19 and #Vote2020')).toEqual(['covid', '19', 'and', 'vote', '2020']);
    expect(words('@some_user_name')).toEqual(['some', 'user', 'name']);
  });

  it('removes emoji', () => {
    expect(cleanText('Flood in town 🌊😱👍🏽 today 🇺🇸')).toBe('Flood in town today');
  });

  it('strips an embedded tweet signature and keeps its poster and month apart', () => {
    const tweet = 'The bridge collapsed this morning. — Jane Q. Public (@janeqp) March 3, 2021';
    expect(cleanText(tweet)).toBe('The bridge collapsed this morning.');
    expect(splitTweetSignature(tweet).signature).toEqual({
      author: 'Jane Q. Public',
      handle: 'janeqp',
      monthYear: 'March 2021',
    });
    // A hyphen inside a sentence is not a signature.
    expect(splitTweetSignature('A well-known fact - not a signature').signature).toBeUndefined();
  });

  it('writes numbers and dates one way', () => {
    expect(words('1,000 people')).toEqual(words('1000 people'));
    expect(words('70% of voters')).toEqual(words('70 per cent of voters'));
    expect(words('Jan. 6 and Sept 11')).toEqual(['january', '6', 'and', 'september', '11']);
    expect(words('the 22nd of 06/01/2020')).toEqual(['the', '22', 'of', '6', '1', '2020']);
    expect(words('$80M bounty')).toEqual(['dollars', '80', 'million', 'bounty']);
  });

  it('lower-cases, drops stop words and stems', () => {
    const { terms } = analyze('The Senators were VOTING against the vaccines');
    expect(terms).toEqual(['senat', 'vote', 'vaccin']);
  });

  it('folds diacritics and curly apostrophes', () => {
    expect(words('Beyoncé’s song')).toEqual(['beyonce', 'song']);
  });
});

describe('what the sentence encoder reads', () => {
  it('drops the links the word cleaning drops, including ones glued to the previous word', () => {
    expect(encoderText('The attack caught on camera. IranUsapic.twitter.com/TvRkHvlgby')).toBe(
      'The attack caught on camera. IranUsa',
    );
    expect(encoderText('Read https://t.co/AbC123 and t.co/xyz or WWW.example.org/page now')).toBe('Read and or now');
  });

  it('keeps the sentence as written but drops a tweet signature and the @ and # marks', () => {
    expect(encoderText('Vote for @JoeBiden! #Election2020 — Some One (@someone) October 3, 2020')).toBe(
      'Vote for JoeBiden! Election2020',
    );
  });

  it('reads nothing in a text that is only links', () => {
    expect(encoderText(' https://example.com/a  pic.twitter.com/b ')).toBe('');
  });
});
