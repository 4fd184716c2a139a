import { z } from 'zod';

/** The largest register version: versions are PostgreSQL `integer`s, counted from 1. */
const VERSION_MAX = 2_147_483_647;

/** A register version in a JSON body. A larger number would fail in the database instead of being refused here. */
export const RegisterVersionNumber = z.number().int().min(1).max(VERSION_MAX);

/** A register version in a path or query string (text, coerced). */
export const RegisterVersionParam = z.coerce.number().int().min(1).max(VERSION_MAX);
