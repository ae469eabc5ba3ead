// falconry_fake_hub: the tests' loopback fake Hub as a program, to run the app against it by hand
// (screenshots, trying the download and upload dialogs without a network):
//
//   falconry_fake_hub [--throttle BYTES_PER_S] [--seconds N]
//   HF_ENDPOINT=http://127.0.0.1:PORT HF_HUB_CACHE=/tmp/cache build/app/falconry
//
// Serves the golden tiny Falcon as "tiiuae/falcon-7b" and "tiiuae/falcon-7b-instruct", accepts the
// token "hf_demo" (user "demo") for uploads, prints its URL and runs until killed (or N seconds).
#include "hub_fixtures.h"
#include "hub_test_server.h"

#include <chrono>
#include <iostream>
#include <string>
#include <thread>

int main(int argc, char** argv)
{
    uint64_t throttle = 0;
    int seconds = 3600;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--throttle")
            throttle = std::stoull(argv[i + 1]);
        else if (a == "--seconds")
            seconds = std::stoi(argv[i + 1]);
    }
    falconry::test::HubTestServer server;
    server.setThrottle(throttle);
    server.addToken("hf_demo", "demo");
    server.addRepo(falconry::test::goldenRepo("tiiuae/falcon-7b"));
    server.addRepo(falconry::test::goldenRepo("tiiuae/falcon-7b-instruct"));
    std::cout << server.url() << std::endl;
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    return 0;
}
