#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <QCoreApplication>

#include "rest/RestMessage.h"

class RestApi;

/// The database side of the server: a fixed number of threads, each with its own
/// database connection, answering the requests that the HTTP threads hand over.
/// HTTP connections (many, mostly waiting on their clients) and database sessions (few:
/// PostgreSQL does best with about as many busy sessions as cores) are bounded apart.
class RestWorkers final
{
    Q_DECLARE_TR_FUNCTIONS(RestWorkers)

public:
    /// `threads` workers; a request that no worker took within `queueTimeout` gets 503.
    RestWorkers(RestApi &api, int threads, std::chrono::milliseconds queueTimeout);
    /// Answers the requests already handed over, then ends the workers.
    ~RestWorkers();
    Q_DISABLE_COPY_MOVE(RestWorkers)

    /// The response to `request`, from a worker; blocks the calling thread until then.
    RestResponse handle(RestRequest request);

    int threadCount() const { return int(m_threads.size()); }

private:
    struct Job;
    void work();
    static RestResponse busy();

    RestApi &m_api;
    const std::chrono::milliseconds m_queueTimeout;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::shared_ptr<Job>> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};
