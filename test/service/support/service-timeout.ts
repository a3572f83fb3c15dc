// A service test does a few database round trips; the margin is for a busy shared machine, not for waiting.
jest.setTimeout(30_000);
