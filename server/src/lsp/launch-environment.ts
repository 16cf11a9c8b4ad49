// What the server's process is started with, by the VS Code extension, the benchmarks and (as the README
// shows) other editors. It is read by the C library as the process starts, so the server cannot set it
// for itself.
//
// glibc gives every thread that allocates its own memory pool, and V8's background threads (compiling,
// marking, sweeping) each fill one and keep it: about 20 MB more for a small document, still growing
// after thousands of edits. Two pools are enough for a server whose work is on one thread. Other C
// libraries (macOS, Windows, musl) ignore the variable.
export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: "2" };
