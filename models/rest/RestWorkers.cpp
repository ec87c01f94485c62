#include "rest/RestWorkers.h"

#include <algorithm>
#include <future>

#include "rest/RestApi.h"
#include "rest/RestFailure.h"

struct RestWorkers::Job
{
    RestRequest request;
    std::promise<RestResponse> answer;
};

RestWorkers::RestWorkers(RestApi &api, int threads, std::chrono::milliseconds queueTimeout)
    : m_api(api), m_queueTimeout(queueTimeout)
{
    m_threads.reserve(size_t(std::max(threads, 1)));
    for (int i = 0; i < std::max(threads, 1); ++i)
        m_threads.emplace_back([this] { work(); });
}

RestWorkers::~RestWorkers()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

RestResponse RestWorkers::handle(RestRequest request)
{
    auto job = std::make_shared<Job>();
    job->request = std::move(request);
    std::future<RestResponse> answer = job->answer.get_future();
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return busy();
        m_queue.push_back(job);
    }
    m_wake.notify_one();
    if (answer.wait_for(m_queueTimeout) == std::future_status::ready)
        return answer.get();
    {
        std::lock_guard lock(m_mutex);
        if (const auto queued = std::find(m_queue.begin(), m_queue.end(), job); queued != m_queue.end()) {
            m_queue.erase(queued); // never started: nothing was done
            return busy();
        }
    }
    return answer.get(); // a worker has it: the statement timeout bounds the wait
}

void RestWorkers::work()
{
    for (;;) {
        std::shared_ptr<Job> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping, and every request handed over is answered
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        try {
            job->answer.set_value(m_api.handle(job->request));
        } catch (...) {
            job->answer.set_value(RestResponse::error(500, tr("Internal error.")));
        }
    }
    m_api.threadFinished();
}

RestResponse RestWorkers::busy()
{
    RestResponse response = RestFailure::unavailable(tr("The server is busy; try again later."));
    response.route = QStringLiteral("queued");
    return response;
}
