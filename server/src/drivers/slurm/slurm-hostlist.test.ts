import { describe, expect, it } from 'vitest';
import { HostlistParseError, expandHostlist } from './slurm-hostlist';

describe('expandHostlist', () => {
  it.each([
    ['vm', ['vm']],
    ['node[01-04],gpu7', ['node01', 'node02', 'node03', 'node04', 'gpu7']],
    ['n[1-3,5]', ['n1', 'n2', 'n3', 'n5']],
    ['n[8-11]', ['n8', 'n9', 'n10', 'n11']],
    ['n[08-11]', ['n08', 'n09', 'n10', 'n11']],
    ['n[0-2]', ['n0', 'n1', 'n2']],
    ['n[098-101]', ['n098', 'n099', 'n100', 'n101']],
    ['gpu[1-2]-ib', ['gpu1-ib', 'gpu2-ib']],
    ['rack[1-2]-n[1,3]', ['rack1-n1', 'rack1-n3', 'rack2-n1', 'rack2-n3']],
    ['a,b, c', ['a', 'b', 'c']],
    ['n[1-2],n[2-3]', ['n1', 'n2', 'n3']],
    ['n[7]', ['n7']],
    ['', []],
    ['(null)', []],
    [null, []],
    [undefined, []],
  ])('%j', (input, expected) => {
    expect(expandHostlist(input)).toEqual(expected);
  });

  it.each(['n[1-3', 'n1-3]', 'n[3-1]', 'n[a-b]', 'n[[1-2]]', 'n[1-99999999]'])('refuses %j', (input) => {
    expect(() => expandHostlist(input)).toThrow(HostlistParseError);
  });
});
