// Generous: on a busy machine a process start or a burst of password hashes is slow, not broken.
// Waits inside tests poll for their condition with their own deadlines (see `eventually`).
jest.setTimeout(120_000);
