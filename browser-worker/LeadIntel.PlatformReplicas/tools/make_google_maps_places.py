#!/usr/bin/env python3
"""Writes Replicas/google-maps/places.json: invented places for the Google Maps replica.

Deterministic (fixed seed). Phones are in the NANP fictional range 555-01xx, websites under the
reserved .example TLD. Run from this folder: python3 tools/make_google_maps_places.py
"""
import json
import random

rng = random.Random(20240611)
AREA_CODES = ["416", "647", "437", "905", "289", "365", "226", "519"]
phones = [f"{a}555{n:04d}" for a in AREA_CODES for n in range(100, 200)]
rng.shuffle(phones)

PREFIX = ["Maple", "Lakeshore", "Bloor", "Queen", "King", "Yonge", "Danforth", "Harbour", "Spadina", "Riverdale",
          "Annex", "Leslieville", "Parkdale", "Summerhill", "Rosedale", "Liberty", "Junction", "Beaches", "Midtown", "Cabbagetown"]
KINDS = {
    "Dentist": (["Dental", "Dental Care", "Family Dentistry", "Smile Studio", "Dental Centre", "Orthodontics", "Dental Clinic"], 300),
    "Plumber": (["Plumbing", "Plumbing & Heating", "Drain Services", "Pipe Works"], 60),
    "Coffee shop": (["Coffee", "Espresso Bar", "Roasters", "Café"], 50),
}
STREETS = ["Queen St W", "King St E", "Yonge St", "Bloor St W", "Dundas St W", "College St", "Spadina Ave",
           "Danforth Ave", "Gerrard St E", "Bathurst St", "Ossington Ave", "Parliament St", "Church St", "Broadview Ave"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CENTER = (43.6532, -79.3832)


def hours():
    open_h = rng.choice([7, 8, 9, 10])
    close_h = rng.choice([17, 18, 19, 20])
    fmt = lambda h: f"{h - 12 if h > 12 else h} {'PM' if h >= 12 else 'AM'}"
    week = []
    for i, day in enumerate(DAYS):
        if i == 6 or (i == 5 and rng.random() < 0.4):
            week.append([day, "Closed"])
        else:
            week.append([day, f"{fmt(open_h)} to {fmt(close_h)}"])
    return week


places, names = [], set()
for category, (suffixes, count) in KINDS.items():
    for _ in range(count):
        while True:
            name = f"{rng.choice(PREFIX)} {rng.choice(suffixes)}"
            if name in names:
                name = f"{name} {rng.choice(['West', 'East', 'North', 'South', 'Central', 'on ' + rng.choice(STREETS).split()[0]])}"
            if name not in names:
                break
        names.add(name)
        lat = round(CENTER[0] + rng.uniform(-0.14, 0.14), 6)
        lng = round(CENTER[1] + rng.uniform(-0.24, 0.24), 6)
        number = rng.randint(10, 2999)
        street = rng.choice(STREETS)
        postal = f"M{rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(1, 9)}"
        phone = phones.pop() if rng.random() < 0.9 else None
        slug = "".join(c for c in name.lower().replace(" ", "-") if c.isalnum() or c == "-").replace("é", "e")
        places.append({
            "id": f"0x89d4cb{rng.getrandbits(40):010x}:0x{rng.getrandbits(64):016x}",
            "name": name,
            "category": category,
            "address": f"{number} {street}, Toronto, ON {postal}",
            "phone": None if phone is None else f"({phone[:3]}) {phone[3:6]}-{phone[6:]}",
            "website": f"https://{slug}.example/" if rng.random() < 0.8 else None,
            "rating": round(rng.uniform(3.2, 5.0), 1),
            "reviews": rng.randint(3, 1800),
            "lat": lat,
            "lng": lng,
            "hours": hours(),
        })

with open("Replicas/google-maps/places.json", "w", encoding="utf-8") as out:
    # One place per line: small, and diffs stay readable.
    out.write('{"cities":{"toronto":{"lat":%s,"lng":%s,"zoom":11}},"places":[\n' % CENTER)
    out.write(",\n".join(json.dumps(p, ensure_ascii=False, separators=(",", ":")) for p in places))
    out.write("\n]}\n")
print(len(places), "places")
