// Runs in every test file: the folders made by tempDir go when the file's tests are done.
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers/temp.js';

afterAll(removeTempDirs);
