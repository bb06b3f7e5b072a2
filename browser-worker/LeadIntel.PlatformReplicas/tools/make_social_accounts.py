#!/usr/bin/env python3
"""Writes the accounts of the X, Facebook and Instagram replicas: invented businesses (fixed seed).

Phones are in the NANP fictional range 555-01xx, websites and emails under the reserved .test TLD
(not .example: Core drops .example addresses as template placeholders).
Run from the replicas project folder: python3 tools/make_social_accounts.py
"""
import json
import random

rng = random.Random(20261126)
AREA_CODES = ["416", "647", "437", "905"]
phones = [f"{a}555{n:04d}" for a in AREA_CODES for n in range(100, 200)]
rng.shuffle(phones)
PREFIX = ["Maple", "Lakeshore", "Bloor", "Queen", "King", "Yonge", "Danforth", "Harbour", "Spadina", "Riverdale",
          "Annex", "Leslieville", "Parkdale", "Summerhill", "Rosedale", "Liberty", "Junction", "Beaches", "Midtown"]
KINDS = {
    "Dentist": (["Dental", "Dental Care", "Family Dentistry", "Smile Studio", "Dental Centre", "Orthodontics"], 70),
    "Plumber": (["Plumbing", "Drain Services", "Pipe Works"], 20),
    "Coffee shop": (["Coffee", "Espresso Bar", "Roasters"], 20),
}
BLURB = {
    "Dentist": ["Gentle family dentistry in {city}.", "Cleanings, implants and Invisalign.", "New patients welcome."],
    "Plumber": ["24/7 emergency plumbing in {city}.", "Drains, water heaters, renos."],
    "Coffee shop": ["Small-batch coffee in {city}.", "Espresso, pastries, good music."],
}
STREETS = ["Queen St W", "King St E", "Yonge St", "Bloor St W", "Dundas St W", "College St", "Danforth Ave"]


def fmt(digits):
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"


businesses, names = [], set()
for category, (suffixes, count) in KINDS.items():
    for _ in range(count):
        name = f"{rng.choice(PREFIX)} {rng.choice(suffixes)}"
        while name in names:
            name = f"{name} {rng.choice(['West', 'East', 'North', 'South', 'Central'])}"
        names.add(name)
        slug = "".join(c for c in name.lower().replace(" ", "") if c.isalnum())
        city = rng.choice(["Toronto", "Toronto", "Toronto", "Mississauga"])
        businesses.append({
            "slug": slug, "name": name, "category": category, "city": city,
            "street": f"{rng.randint(10, 2999)} {rng.choice(STREETS)}",
            "postal": f"M{rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(1, 9)}",
            "phone": phones.pop() if rng.random() < 0.85 else None,
            "email": f"{rng.choice(['hello', 'info', 'frontdesk', 'book'])}@{slug}.test" if rng.random() < 0.75 else None,
            "website": f"https://{slug}.test/",
            "blurb": " ".join(rng.sample(BLURB[category], 2)).format(city=city),
            "followers": rng.randint(40, 9000),
        })


def write(path, key, items):
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"' + key + '":[\n' + ",\n".join(json.dumps(i, ensure_ascii=False, separators=(",", ":")) for i in items) + "\n]}\n")


# X: the phone and email, when a business shows them, are in the bio text.
users, handles = [], set()
for b in businesses:
    handle = b["slug"][:15]
    while handle in handles:
        handle = b["slug"][:12] + str(rng.randint(100, 999))
    handles.add(handle)
    bio = b["blurb"]
    if b["phone"] and rng.random() < 0.8:
        bio += f" \U0001F4DE {fmt(b['phone'])}"
    if b["email"] and rng.random() < 0.7:
        bio += f" \u2709\ufe0f {b['email']}"
    users.append({"handle": handle, "name": b["name"], "bio": bio, "location": f"{b['city']}, Ontario",
                  "website": b["website"], "category": b["category"], "followers": b["followers"], "following": rng.randint(20, 900),
                  "joined": f"{rng.choice(['March', 'June', 'October'])} {rng.randint(2010, 2022)}"})
write("Replicas/x/users.json", "users", users)

# Facebook: the contact info of the page's About tab.
pages = [{"slug": b["slug"], "id": str(100063000000000 + i * 7919), "name": b["name"], "category": b["category"], "intro": b["blurb"],
          "address": f"{b['street']}, {b['city']}, ON, Canada, {b['postal']}", "phone": fmt(b["phone"]) if b["phone"] else None,
          "email": b["email"], "website": b["website"], "followers": b["followers"], "likes": b["followers"] - rng.randint(0, 30)}
         for i, b in enumerate(businesses)]
write("Replicas/facebook/pages.json", "pages", pages)

# Instagram: the business contact data the profile page embeds (the "Contact" sheet reads it).
accounts = [{"username": b["slug"].replace("dental", "_dental")[:30], "full_name": b["name"], "category": b["category"],
             "biography": b["blurb"], "external_url": b["website"],
             "business_phone_number": ("+1" + b["phone"]) if b["phone"] else "", "business_email": b["email"] or "",
             "address": {"street_address": b["street"], "city_name": b["city"], "zip_code": b["postal"]},
             "followers": b["followers"], "following": rng.randint(20, 900), "posts": rng.randint(3, 800)}
            for b in businesses]
write("Replicas/instagram/accounts.json", "accounts", accounts)
print(len(businesses), "businesses")
