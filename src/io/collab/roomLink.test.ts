/**
 * Room links (issue 11): the token rides in the URL fragment, never in the query or path.
 */
import { describe, expect, it } from 'vitest';
import { parseRoomLink, roomLinkUrl, type RoomLink } from './roomLink';

const LINK: RoomLink = {
  server: 'wss://sync.example.com:8443/collab',
  room: 'GjtDTlFyEX8gbAPIEN6C7A',
  token: '_dewlFOGggQ4qsGROBYTYLVMbn_W_9Qbm1IggEiNAXw',
  screen: 'designer',
};

describe('roomLinkUrl / parseRoomLink', () => {
  it('puts every part in the fragment: the URL a server sees has no token', () => {
    const url = roomLinkUrl('https://designer.example.com/app/?x=1#old', LINK);
    expect(url).toBe(
      'https://designer.example.com/app/?x=1#room=GjtDTlFyEX8gbAPIEN6C7A&server=wss%3A%2F%2Fsync.example.com%3A8443%2Fcollab&token=_dewlFOGggQ4qsGROBYTYLVMbn_W_9Qbm1IggEiNAXw',
    );
    const u = new URL(url);
    expect(u.search + u.pathname).not.toContain(LINK.token);
    expect(parseRoomLink(url)).toEqual(LINK);
  });

  it('a view link asks for the port map (`view=portmap`, the key the app router reads)', () => {
    const url = roomLinkUrl('http://127.0.0.1:5173/', { ...LINK, screen: 'portmap' });
    expect(url.endsWith('&view=portmap')).toBe(true);
    expect(parseRoomLink(url)?.screen).toBe('portmap');
  });

  it.each([
    ['#room=abc&token=def', 'no server'],
    ['#room=abc&server=http%3A%2F%2Fx&token=def', 'an http server'],
    ['#room=a%20b&server=ws%3A%2F%2Fx&token=def', 'a room id with a space'],
    ['#room=abc&server=ws%3A%2F%2Fx&token=', 'an empty token'],
    ['#room=abc&server=%E0%A4%A&token=def', 'a broken escape'],
    ['#view=portmap', 'a plain port-map route'],
  ])('%s (%s) is not a room link', (hash) => {
    expect(parseRoomLink(hash)).toBeNull();
  });

  it('refuses to build a link with an unsafe part', () => {
    expect(() => roomLinkUrl('http://x/', { ...LINK, server: 'http://x' })).toThrow(/ws:\/\/ or wss:\/\//);
    expect(() => roomLinkUrl('http://x/', { ...LINK, token: 'a&b' })).toThrow(/token/);
    expect(() => roomLinkUrl('file:///x', LINK)).toThrow(/http/);
  });
});
