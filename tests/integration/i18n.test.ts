import { describe, expect, it } from 'vitest';
import { en } from '../../src/app/i18n/en';
import { localeFromLanguage, translate } from '../../src/app/i18n';
import { zhCN } from '../../src/app/i18n/zh-CN';
import { API_ERROR_CODES, MUTATION_ERROR_CODES } from '../../src/shared/errors';
import { Stage } from '../../src/shared/schema';

describe('i18n catalogues', () => {
  it('English and Chinese have identical key sets', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('every shared error code and every stage has a message', () => {
    for (const code of [...API_ERROR_CODES, ...MUTATION_ERROR_CODES])
      expect(en).toHaveProperty(`error.${code}`);
    for (const stage of Stage.options) expect(en).toHaveProperty(`stage.${stage}`);
  });

  it('no message is empty and both catalogues use the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].length).toBeGreaterThan(0);
      expect(zhCN[key].length).toBeGreaterThan(0);
      expect(placeholders(zhCN[key])).toEqual(placeholders(en[key]));
    }
  });

  it('interpolates named parameters and leaves unknown ones visible', () => {
    expect(translate('en', 'orders.exFactory', { date: '2026-12-18' })).toBe('Ex-factory 2026-12-18');
    expect(translate('zh-CN', 'orders.exFactory', { date: '2026-12-18' })).toBe('出厂日期 2026-12-18');
    expect(translate('en', 'orders.exFactory')).toBe('Ex-factory {date}');
  });

  it('picks Chinese for any zh browser language and English otherwise', () => {
    expect(localeFromLanguage('zh-TW')).toBe('zh-CN');
    expect(localeFromLanguage('zh')).toBe('zh-CN');
    expect(localeFromLanguage('en-GB')).toBe('en');
    expect(localeFromLanguage(undefined)).toBe('en');
  });
});
