#pragma once

namespace segurdesk::crypto {

// Gives back, when it goes out of scope, what OpenSSL keeps for the calling thread (its error
// queue, its random generators). OpenSSL would free it when the thread exits, but a worker
// thread of a pool is detached: at the end of the process it may still be running its exit
// handlers after main() has returned and OpenSSL's own exit handler has torn down what they
// use, and the thread's state is then lost. A worker job that used this library ends with one
// of these (services::runOnWorker does it for every job). OpenSSL sets the state up again on
// the thread's next use. Threads that Qt starts for itself (the network access manager's) are
// not covered: the project's TLS goes through them only for a portal on https.
class ThreadStateRelease
{
public:
    ThreadStateRelease() = default;
    ~ThreadStateRelease();
    ThreadStateRelease(const ThreadStateRelease&) = delete;
    ThreadStateRelease& operator=(const ThreadStateRelease&) = delete;
};

} // namespace segurdesk::crypto
