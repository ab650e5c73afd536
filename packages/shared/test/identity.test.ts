import { describe, expect, it } from 'vitest';
import {
  birthDateFromIdNumber,
  genderFromIdNumber,
  idChecksum,
  maskIdNumber,
  maskMobile,
  maskName,
  maskRegistryNumber,
  normalizeMobile,
  pinyinKeys,
  validateIdNumber,
  validateMobile,
  validateRegistryNumber,
} from '../src/index.js';

const withCheck = (first17: string) => first17 + idChecksum(first17);

describe('ID numbers', () => {
  it('computes the GB 11643 checksum, X included', () => {
    // The standard's own example: 11010519491231002X.
    expect(idChecksum('11010519491231002')).toBe('X');
    expect(validateIdNumber('resident_id', '11010519491231002X')).toBeNull();
    expect(validateIdNumber('resident_id', '11010519491231002x')).toBeNull();
    expect(validateIdNumber('resident_id', '110105194912310021')).toBe('identity.idNumber.checksum');
  });

  it('names the fault: length, format, birth date, checksum, prefix', () => {
    const good = withCheck('43990119850312123');
    expect(validateIdNumber('resident_id', good)).toBeNull();
    expect(validateIdNumber('resident_id', good.slice(0, 17))).toBe('identity.idNumber.length');
    expect(validateIdNumber('resident_id', '4399011985031212AB')).toBe('identity.idNumber.format');
    expect(validateIdNumber('resident_id', withCheck('43990119850230123'))).toBe('identity.idNumber.birthDate');
    expect(validateIdNumber('resident_id', withCheck('81000019850312123'))).toBe('identity.idNumber.prefix');
    expect(validateIdNumber('hmt_residence_permit', withCheck('81000019850312123'))).toBeNull();
    expect(validateIdNumber('hmt_residence_permit', good)).toBe('identity.idNumber.prefix');
    expect(validateIdNumber('foreign_permanent_residence', withCheck('93310019850312123'))).toBeNull();
  });

  it('validates other document types by their shape', () => {
    expect(validateIdNumber('hk_macao_permit', 'H12345678')).toBeNull();
    expect(validateIdNumber('hk_macao_permit', 'X12345678')).toBe('identity.idNumber.format');
    expect(validateIdNumber('taiwan_permit', '12345678')).toBeNull();
    expect(validateIdNumber('passport', 'E12345678')).toBeNull();
    expect(validateIdNumber('passport', 'E1')).toBe('identity.idNumber.format');
  });

  it('reads gender and birth date', () => {
    expect(genderFromIdNumber(withCheck('43990119850312123'))).toBe('male');
    expect(genderFromIdNumber(withCheck('43990119850312122'))).toBe('female');
    expect(birthDateFromIdNumber(withCheck('43990119850312123'))).toBe('1985-03-12');
  });

  it('masks the first 3 and last 4 characters visible', () => {
    expect(maskIdNumber('439901198503121234')).toBe('439***********1234');
    expect(maskRegistryNumber('G439901198503121234')).toBe('G439***********1234');
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskIdNumber(null)).toBeNull();
  });
});

describe('registry numbers and mobiles', () => {
  it('accepts G + a valid ID number or a temporary L/J number', () => {
    expect(validateRegistryNumber('G' + withCheck('43990120150901123'))).toBeNull();
    expect(validateRegistryNumber('G439901201509011230')).toBe('identity.registryNumber.format');
    expect(validateRegistryNumber('L2015090112345')).toBeNull();
    expect(validateRegistryNumber('12345')).toBe('identity.registryNumber.format');
  });

  it('accepts mainland mobiles with or without +86', () => {
    expect(validateMobile('13812345678')).toBeNull();
    expect(normalizeMobile('+86 138-1234-5678')).toBe('13812345678');
    expect(validateMobile('12812345678')).toBe('identity.mobile.format');
    expect(validateMobile('0735-1234567')).toBe('identity.mobile.format');
  });
});

describe('pinyin keys', () => {
  it('gives full pinyin and initials, surnames read as surnames', () => {
    expect(pinyinKeys('张三')).toEqual({ full: 'zhangsan', initials: 'zs' });
    expect(pinyinKeys('曾国藩').full).toBe('zengguofan');
    expect(pinyinKeys('单田芳').initials).toBe('stf');
    expect(pinyinKeys('吕娜').full).toBe('lvna');
  });
});
