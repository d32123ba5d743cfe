import { describe, expect, it } from 'vitest';
import { contract, isMethod } from '../../../shared/contract.ts';
import { isMethodName, METHOD_NAMES } from '../../../shared/method-names.ts';

describe('the method names browser mode checks without the schemas', () => {
  it('are the contract\'s methods, each once', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
  });

  it('answer as isMethod does, inherited names included', () => {
    for (const name of ['metrics.page', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '', 'metrics.Page', 'metrics']) {
      expect(isMethodName(name)).toBe(isMethod(name));
    }
  });
});
