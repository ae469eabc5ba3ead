#!/usr/bin/env python3
"""Writes resources/demo-data/aerie_support.csv: the demo fine-tuning dataset.

Written for Falconry: customer messages to the support desk of a fictional
product, the Aerie smart bird feeder, answered by its support agent "Perch" in
a recognisable manner (greets as Perch, answers in numbered steps where it
helps, signs off with "Happy birding!"). The column names (customer_message,
agent_reply, topic, ticket_id) do not match any standard format, so the import
wizard's column mapping is exercised. Deterministic: same file every run.
"""
import csv
import pathlib
import random

OUT = pathlib.Path(__file__).resolve().parents[2] / "resources" / "demo-data" / "aerie_support.csv"

# topic -> (customer phrasings, the answer's body)
TOPICS = {
    "charging": (
        ["How do I charge my Aerie feeder?", "What's the best way to charge the feeder battery?",
         "My feeder battery is empty, how do I charge it?", "Where do I plug in the charger on the Aerie?",
         "how long does the aerie take to charge", "Can I charge the feeder while it is on the pole?"],
        "Charging is easy: 1. Slide the roof back to find the USB-C port under the solar strip. "
        "2. Use the cable from the box and any 5 V phone charger. 3. The ring light pulses amber while it "
        "charges and turns solid green when full, after about four hours."),
    "solar": (
        ["Does the solar panel really keep the battery full?", "Is the solar roof enough to power the Aerie?",
         "My feeder is in the shade, will the solar panel still work?", "Do I ever need to charge it if I have the solar roof?"],
        "The solar roof tops the battery up on its own with about three hours of direct sun a day. "
        "In deep shade it cannot keep up, so move the feeder to a sunnier spot or plan to charge it by USB-C once a month."),
    "wifi": (
        ["My Aerie won't connect to my Wi-Fi.", "The feeder keeps dropping off the wifi network.",
         "How do I connect the bird feeder to a new router?", "The app says the feeder is offline.",
         "Why can't the Aerie find my 5 GHz network?", "Wi-Fi setup failed, what now?"],
        "Let's get you back online: 1. The Aerie uses 2.4 GHz Wi-Fi only, so pick the 2.4 GHz name of your router. "
        "2. Hold the button under the roof for five seconds until the ring light blinks blue. "
        "3. Open the Aerie app, tap Add Feeder and follow the steps. Keep the feeder within about 30 metres of the router."),
    "camera": (
        ["The camera picture is blurry.", "Why are my bird photos fuzzy?", "The camera lens looks foggy in the morning.",
         "How do I get sharper pictures from the feeder camera?", "The video is out of focus."],
        "Blurry pictures usually come from the lens window: 1. Wipe it gently with the microfibre cloth from the box. "
        "2. Morning fog clears once the sun warms the feeder; the anti-fog heater can be switched on in Settings. "
        "3. Birds closer than 10 centimetres will always look soft, so the perch is placed just right for the focus."),
    "night": (
        ["Does the camera work at night?", "Can I see owls with the Aerie at night?", "Is there night vision on the feeder?"],
        "Yes, the Aerie has an infrared night mode that switches on by itself at dusk. "
        "Night clips are black and white, and the infrared light is invisible to birds, so it will not disturb them."),
    "squirrels": (
        ["Squirrels keep stealing all the seed!", "How do I keep squirrels away from my feeder?",
         "A squirrel chewed the edge of my Aerie.", "Can the feeder scare off squirrels?", "squirrels are eating everything, help"],
        "Squirrels are clever, but so is the Aerie: 1. Turn on Squirrel Guard in the app; the feeder plays a short chirp "
        "and closes the seed tray when it sees a squirrel. 2. Hang the feeder at least 1.5 metres from fences and branches. "
        "3. A baffle on the pole stops most climbers. Chew marks on the metal edge are cosmetic and covered by the warranty."),
    "seed": (
        ["What kind of seed should I use?", "Can I put peanuts in the Aerie?", "Which bird food works best in the feeder?",
         "Is sunflower seed ok for the Aerie?", "Can I use suet in this feeder?"],
        "The Aerie works best with sunflower hearts, mixed seed and nyjer. Whole peanuts can jam the tray, "
        "so please use peanut pieces. Suet needs the separate suet cage accessory, which clips under the tray."),
    "cleaning": (
        ["How do I clean the feeder?", "What's the best way to wash the Aerie?", "Is the feeder dishwasher safe?",
         "The seed tray is mouldy, what should I do?", "how often should i clean it"],
        "A clean feeder keeps birds healthy: 1. Remove the camera module by pressing the two side clips. "
        "2. Wash the seed hopper and tray in warm soapy water, or on the top rack of a dishwasher. "
        "3. Let everything dry fully before you refill it. Every two weeks is a good rhythm, and weekly in wet weather."),
    "app_login": (
        ["I can't log in to the Aerie app.", "The app says my password is wrong.", "How do I reset my Aerie account password?",
         "I forgot my login for the bird feeder app."],
        "Sorry about that: 1. On the login screen tap Forgot password and enter the email you used at setup. "
        "2. The reset link arrives within five minutes; check your spam folder too. "
        "3. If the email never comes, reply here with the feeder's serial number from the sticker under the tray."),
    "notifications": (
        ["I get too many notifications from the app.", "How do I stop the app from buzzing every time a bird lands?",
         "Can I only get alerts for rare birds?", "The app doesn't notify me anymore."],
        "You can tune alerts in the app under Settings, Notifications: 1. Choose Rare Visitors Only to hear about new species. "
        "2. Set Quiet Hours for the night. 3. If alerts stopped completely, check that notifications for the Aerie app are "
        "allowed in your phone's settings."),
    "bird_id": (
        ["How does the feeder know which bird it is?", "The app named the wrong bird.", "Why did it call a sparrow a finch?",
         "How accurate is the bird identification?"],
        "The Aerie recognises more than 600 species from the photo, the time of year and your region. "
        "When it gets one wrong, tap the bird's name and choose the right one; your correction helps it learn. "
        "Young birds and birds in moult are the hardest, even for experts."),
    "firmware": (
        ["How do I update the firmware?", "Is there a software update for the feeder?", "The update got stuck at 50 percent.",
         "What does the new firmware version change?"],
        "Updates install by themselves at night when the battery is above 40 percent. To update now: 1. Open the app, "
        "go to Feeder, Settings, Firmware. 2. Tap Update and keep the feeder near the router. "
        "3. If it stops halfway, hold the button for ten seconds to restart; the feeder keeps the old version safely until the new one is complete."),
    "warranty": (
        ["What does the warranty cover?", "How long is the Aerie warranty?", "Is water damage covered by the warranty?",
         "My feeder stopped working after a year, is it still under warranty?"],
        "Every Aerie has a two-year warranty that covers the camera, battery, electronics and the seed tray mechanism. "
        "Rain and snow are part of normal use, so weather damage is covered; damage from dropping the feeder is not. "
        "Send us the serial number and a short description and we will arrange a replacement."),
    "refund": (
        ["I want to return my feeder.", "Can I get a refund?", "How do I send the Aerie back?",
         "I bought this as a gift and want to return it."],
        "No problem: you can return the Aerie within 60 days for a full refund. 1. Open the Orders page on our website "
        "and choose Return. 2. Print the free shipping label. 3. Pack the feeder in any sturdy box. "
        "The refund reaches your card about five days after the parcel arrives."),
    "shipping": (
        ["Where is my order?", "How long does shipping take?", "Do you ship to Canada?", "My feeder hasn't arrived yet."],
        "Orders leave our warehouse within two working days and arrive in three to seven days in Europe and North America. "
        "Your tracking link is in the confirmation email. If the tracking has not moved for five days, reply with your "
        "order number and I will chase the carrier for you."),
    "mounting": (
        ["How do I mount the feeder on a pole?", "Can I hang the Aerie from a tree?", "What's the best height for the feeder?",
         "Can I attach the feeder to my window?"],
        "The Aerie comes with a pole adapter and a hanging hook: 1. For a pole, slide the adapter onto any pole up to "
        "3 centimetres wide and tighten the thumb screw. 2. For a tree, use the hook on a sturdy branch. "
        "3. Place it about 1.5 to 2 metres high with a clear view of the sky. The window mount is sold separately."),
    "winter": (
        ["Will the feeder survive the winter?", "Does the battery work when it's freezing?", "Can the Aerie handle snow?"],
        "The Aerie is built for all seasons and works from minus 20 to plus 50 degrees Celsius. "
        "Cold makes the battery last shorter, so expect to charge it about twice as often in deep winter. "
        "Brush snow off the solar roof so it keeps charging."),
    "storage": (
        ["How many videos can the feeder store?", "Where are my bird clips saved?", "Do I need a subscription to keep videos?",
         "Can I download the clips to my computer?"],
        "Clips are kept in the cloud for 7 days for free, or for a year with Aerie Plus. You can download any clip in the "
        "app by opening it and tapping Share, Save Video. The feeder also keeps the last 100 clips on its own memory in case the Wi-Fi drops."),
    "sharing": (
        ["Can my family see the feeder too?", "How do I share the camera with my partner?", "Can I give my kids access to the app?"],
        "Yes: in the app open Feeder, Settings, Family Sharing and tap Invite. Each person gets their own login "
        "and their own notifications, and you can remove access at any time."),
    "noise": (
        ["The feeder makes a clicking noise.", "Why does my Aerie beep?", "There's a buzzing sound from the feeder."],
        "A soft click is the seed tray opening or closing, which is normal. A short beep means the battery is below "
        "10 percent. A constant buzz is not normal: please send us a short video of it and I will look into it right away."),
    "battery_life": (
        ["How long does the battery last?", "My battery drains too fast.", "The battery only lasts two days now."],
        "A full battery lasts about three weeks with normal bird traffic. If it drains in a few days: 1. Check that the "
        "solar roof is clean. 2. Lower the video length in Settings, Recording. 3. Turn off Live View when you are not "
        "watching. If it still drains fast, the battery may be faulty and is covered by the warranty."),
    "privacy": (
        ["Does the camera record people?", "Is my video data private?", "Who can see my bird videos?"],
        "Your clips are private to your account and the people you invite. The Aerie blurs faces automatically and "
        "you can draw privacy zones in the app so that it never records your neighbour's window."),
    "hummingbirds": (
        ["Can I use the Aerie for hummingbirds?", "Does the feeder work with nectar?", "Will hummingbirds come to this feeder?"],
        "The standard Aerie is a seed feeder, so hummingbirds will rarely visit it. The Aerie Nectar Ring clips onto "
        "the same roof and camera, and then hummingbirds show up beautifully on video."),
    "accessories": (
        ["What accessories are there for the Aerie?", "Do you sell a spare battery?", "Can I buy an extra seed tray?"],
        "You can find all accessories on our website under Shop, Accessories: spare batteries, extra seed trays, the suet "
        "cage, the window mount, the squirrel baffle and the Nectar Ring. Every accessory fits all Aerie feeders made since 2023."),
}

GREETINGS = ["Hi, Perch from Aerie support here!", "Hello, Perch from Aerie support here!",
             "Hi there, Perch from Aerie support here!"]
CLOSINGS = ["Happy birding!", "Happy birding!", "Happy birding!"]
OPENERS = ["", "", "Hello! ", "Hi, ", "Hey, ", "Good morning. "]
POLITE_ENDS = ["", "", " Thanks!", " Thank you.", " Any ideas?", " Please help."]


def lower_first(text):
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text.startswith("I ") else text


def main():
    rng = random.Random(2026)
    rows = []
    ticket = 1000
    for topic, (questions, body) in TOPICS.items():
        for question in questions:
            for variant in range(3):
                opener = OPENERS[(variant * 2 + len(question)) % len(OPENERS)]
                q = (opener + (lower_first(question) if opener else question)).strip()
                q += POLITE_ENDS[(variant + len(question)) % len(POLITE_ENDS)]
                greeting = GREETINGS[(variant + ticket) % len(GREETINGS)]
                closing = CLOSINGS[variant % len(CLOSINGS)]
                ticket += 1
                rows.append({"ticket_id": f"AER-{ticket}", "topic": topic,
                             "customer_message": q, "agent_reply": f"{greeting} {body} {closing}"})
    rng.shuffle(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=["ticket_id", "topic", "customer_message", "agent_reply"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
