import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import argon2 from 'argon2';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hmac(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export interface PasswordHashOptions {
  memoryCost: number;
  timeCost: number;
}

/** OWASP's argon2id minimum (19 MiB, 2 passes); tests use a cheaper setting. */
export const DEFAULT_HASH_OPTIONS: PasswordHashOptions = { memoryCost: 19_456, timeCost: 2 };

export function hashPassword(password: string, options: PasswordHashOptions = DEFAULT_HASH_OPTIONS): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: options.memoryCost, timeCost: options.timeCost, parallelism: 1 });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A readable generated password: 16 characters from a set without look-alikes (0/O, 1/l/I). */
export function generatePassword(length = 16): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(length * 2);
  let out = '';
  for (let i = 0; out.length < length && i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 256 - (256 % alphabet.length)) out += alphabet[b % alphabet.length];
  }
  // make sure both letters and digits are present (the password rule asks for both)
  if (!/\d/.test(out) || !/[A-Za-z]/.test(out)) return generatePassword(length);
  return out;
}

/** The password rule: at least 8 characters, with letters and digits, not the username. */
export function passwordProblems(password: string, username?: string): string[] {
  const out: string[] = [];
  if (password.length < 8) out.push('auth.password.tooShort');
  if (password.length > 128) out.push('auth.password.tooLong');
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) out.push('auth.password.lettersAndDigits');
  if (username && password.toLowerCase().includes(username.toLowerCase())) out.push('auth.password.containsUsername');
  return out;
}
