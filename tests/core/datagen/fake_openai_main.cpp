// The loopback OpenAI-compatible test server as a program, for running the app against it by
// hand (screenshots under Xvfb): prints its base URL, serves until killed. Not a test.
#include "openai_test_server.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

namespace {

volatile std::sig_atomic_t g_stop = 0;

extern "C" void onSignal(int)
{
    g_stop = 1;
}

/** Support-desk questions and answers about the demo dataset's bird feeder, picked by the topic in the request. */
std::string reply(const nlohmann::json& request)
{
    const std::string system = request["messages"][0].value("content", "");
    const std::string last = request["messages"].back().value("content", "");
    struct Topic {
        const char* word;
        const char* question;
        const char* answer;
    };
    static const Topic kTopics[] = {
        {"squirrel", "How do I stop squirrels from emptying the Aerie before the birds get a turn?",
         "Hi, Perch from Aerie support here! Fit the baffle that came in the box under the feeder and hang it at "
         "least 1.5 m from branches and fences: squirrels jump about that far. Happy birding!"},
        {"battery", "How long does the Aerie's camera battery last between charges in winter?",
         "Hello, Perch here! In cold weather expect about two weeks per charge, a little less below freezing. "
         "The solar roof tops it up on bright days."},
        {"night", "Can the Aerie's camera see birds at dawn, or only in full daylight?",
         "Hi, Perch from Aerie support! The camera starts recording at first light; in the app, turn on "
         "Low-light mode under Camera settings to catch the early visitors."},
        {"clean", "What is the easiest way to clean the Aerie's seed tray?",
         "Hello, Perch here! Unclip the tray, wash it in warm soapy water (or the top rack of the dishwasher) "
         "and let it dry fully before refilling. Every two weeks is a good rhythm."},
    };
    const bool question = system.find("You write questions") != std::string::npos;
    for (const Topic& t : kTopics)
        if (last.find(t.word) != std::string::npos || (!question && last == t.question))
            return question ? t.question : t.answer;
    return question ? "What should I check first when the Aerie app does not show the live view?"
                    : "Hi, Perch from Aerie support here! Restart the app, then check that the feeder's Wi-Fi light "
                      "is steady blue. Write to us if it persists.";
}

} // namespace

int main()
{
    falconry::test::OpenAiTestServer server;
    server.setResponder(reply);
    server.setDelayMs(150); // readable streaming in a demo
    std::printf("%s\n", server.baseUrl().c_str());
    std::fflush(stdout);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    while (!g_stop)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return 0;
}
