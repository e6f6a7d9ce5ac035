import { z } from 'zod';

// Zod 4 otherwise probes `new Function`, which a strict Content-Security-Policy forbids. Import this before defining schemas.
z.config({ jitless: true });
