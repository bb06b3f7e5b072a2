#!/usr/bin/env python3
"""Writes Replicas/linkedin/people.json: invented people for the LinkedIn replica (fixed seed)."""
import json
import random

rng = random.Random(7)
FIRST = ["Ava", "Liam", "Noah", "Mia", "Ethan", "Zoe", "Arjun", "Chloe", "Mateo", "Priya", "Omar", "Hana", "Lucas", "Nora", "Kenji", "Sofia"]
LAST = ["Chen", "Patel", "Nguyen", "Okafor", "Martin", "Singh", "Kowalski", "Haddad", "Rossi", "Tremblay", "Kim", "Silva"]
SCHOOLS = ["University of Toronto", "York University", "Toronto Metropolitan University", "University of Waterloo", "McMaster University"]
FIELDS = ["Computer Science", "Mechanical Engineering", "Nursing", "Business Administration", "Data Science", "Dentistry", "Economics"]
JOBS = [("Software Engineer", "Shopify"), ("Product Manager", "Wealthsimple"), ("Dentist", "Bloor Dental"), ("Data Analyst", "RBC"),
        ("Registered Nurse", "SickKids"), ("Mechanical Designer", "Magna"), ("Marketing Lead", "Loblaw Digital")]
CITIES = ["Toronto, Ontario, Canada", "Mississauga, Ontario, Canada", "Waterloo, Ontario, Canada", "Hamilton, Ontario, Canada"]

people, slugs = [], set()
for i in range(64):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    slug = f"{first.lower()}-{last.lower()}-{rng.randint(100, 999)}{rng.choice('abcdef')}"
    if slug in slugs:
        continue
    slugs.add(slug)
    school, field = rng.choice(SCHOOLS), rng.choice(FIELDS)
    start = rng.randint(2015, 2023)
    student = rng.random() < 0.45
    if student:
        headline = f"{field} Student at {school}"
        degree = rng.choice(["Bachelor of Science - BS", "Bachelor of Applied Science - BASc", "Master of Science - MS"])
        education = [{"school": school, "degree": degree, "field": field, "years": f"{start} - {start + 4}"}]
        experience = []
    else:
        title, company = rng.choice(JOBS)
        headline = f"{title} at {company}"
        education = [{"school": school, "degree": "Bachelor's degree", "field": field, "years": f"{start - 8} - {start - 4}"}]
        experience = [{"title": title, "company": company, "years": f"{start} - Present"}]
    people.append({"slug": slug, "name": f"{first} {last}", "headline": headline, "location": rng.choice(CITIES),
                   "connections": rng.choice(["500+", str(rng.randint(40, 499))]), "education": education, "experience": experience,
                   "about": f"{first} is based in {rng.choice(CITIES).split(',')[0]}."})

with open("Replicas/linkedin/people.json", "w", encoding="utf-8") as out:
    out.write('{"people":[\n' + ",\n".join(json.dumps(p, ensure_ascii=False, separators=(",", ":")) for p in people) + "\n]}\n")
print(len(people), "people")
