import argon2 from 'argon2';

/** Argon2id with the library's defaults (m=64 MiB, t=3, p=4), which meet OWASP's current guidance. */
export const passwordHasher = {
  hash: (password: string) => argon2.hash(password, { type: argon2.argon2id }),
  verify: async (hash: string, password: string) => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  },
};
