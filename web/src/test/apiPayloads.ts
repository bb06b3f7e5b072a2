/**
 * Answers of the real API (`leadintel up --demo`), captured verbatim, so the parsers are held to what the
 * server sends rather than to what the app once expected. Re-capture when the API changes.
 */

/** GET /api/campaigns/{id} of a directory campaign three seconds in, started without emails. */
export const RUNNING_CAMPAIGN = {
  "id": "cmp-a473ff7bcbda470084b7",
  "status": "running",
  "queries": [
    "dentists",
    "cafes",
    "plumbers"
  ],
  "platforms": [
    "directory"
  ],
  "max_results": 40,
  "region": "US",
  "filters": {
    "location": "Toronto",
    "category": null,
    "student_only": false,
    "field_of_study": null
  },
  "options": {
    "crawl_website": true,
    "extract_emails": false
  },
  "created_at": "2026-11-26T00:28:39.2733146+00:00",
  "started_at": "2026-11-26T00:28:39.6989937+00:00",
  "updated_at": "2026-11-26T00:28:40.3414616+00:00",
  "completed_at": null,
  "progress": {
    "stage": "searching",
    "searches_total": 3,
    "searches_done": 0,
    "found": 120,
    "processed": 0,
    "leads": 0,
    "phones": 0,
    "errors": 0,
    "platforms": {
      "directory": {
        "found": 120,
        "processed": 0,
        "leads": 0,
        "phones": 0,
        "errors": 0
      }
    }
  },
  "errors": [],
  "lead_count": null,
  "duplicates": null,
  "failure": null,
  "leads_url": "/api/campaigns/cmp-a473ff7bcbda470084b7/leads"
};

/** GET /api/campaigns while that campaign was paused. */
export const PAUSED_LIST = [
  {
    "id": "cmp-a473ff7bcbda470084b7",
    "status": "paused",
    "queries": [
      "dentists",
      "cafes",
      "plumbers"
    ],
    "platforms": [
      "directory"
    ],
    "max_results": 40,
    "region": "US",
    "filters": {
      "location": "Toronto",
      "category": null,
      "student_only": false,
      "field_of_study": null
    },
    "options": {
      "crawl_website": true,
      "extract_emails": false
    },
    "created_at": "2026-11-26T00:28:39.2733146+00:00",
    "started_at": "2026-11-26T00:28:39.6989937+00:00",
    "updated_at": "2026-11-26T00:28:43.8073282+00:00",
    "completed_at": null,
    "progress": {
      "stage": "searching",
      "searches_total": 3,
      "searches_done": 0,
      "found": 120,
      "processed": 0,
      "leads": 0,
      "phones": 0,
      "errors": 0,
      "platforms": {
        "directory": {
          "found": 120,
          "processed": 0,
          "leads": 0,
          "phones": 0,
          "errors": 0
        }
      }
    },
    "errors": [],
    "lead_count": null,
    "duplicates": null,
    "failure": null,
    "leads_url": "/api/campaigns/cmp-a473ff7bcbda470084b7/leads"
  }
];

/** GET /api/campaigns/{id} after it was stopped. */
export const STOPPED_CAMPAIGN = {
  "id": "cmp-a473ff7bcbda470084b7",
  "status": "stopped",
  "queries": [
    "dentists",
    "cafes",
    "plumbers"
  ],
  "platforms": [
    "directory"
  ],
  "max_results": 40,
  "region": "US",
  "filters": {
    "location": "Toronto",
    "category": null,
    "student_only": false,
    "field_of_study": null
  },
  "options": {
    "crawl_website": true,
    "extract_emails": false
  },
  "created_at": "2026-11-26T00:28:39.2733146+00:00",
  "started_at": "2026-11-26T00:28:39.6989937+00:00",
  "updated_at": "2026-11-26T00:28:46.8147025+00:00",
  "completed_at": "2026-11-26T00:28:46.8147025+00:00",
  "progress": {
    "stage": "searching",
    "searches_total": 3,
    "searches_done": 0,
    "found": 120,
    "processed": 0,
    "leads": 0,
    "phones": 0,
    "errors": 0,
    "platforms": {
      "directory": {
        "found": 120,
        "processed": 0,
        "leads": 0,
        "phones": 0,
        "errors": 0
      }
    }
  },
  "errors": [],
  "lead_count": null,
  "duplicates": null,
  "failure": null,
  "leads_url": "/api/campaigns/cmp-a473ff7bcbda470084b7/leads"
};

/** GET /api/campaigns/{id} of a finished "dentists in Toronto" campaign. */
export const COMPLETED_CAMPAIGN = {
  "id": "cmp-4630cf659f3a422c99da",
  "status": "completed",
  "queries": [
    "dentists in Toronto"
  ],
  "platforms": [
    "directory"
  ],
  "max_results": 5,
  "region": "CA",
  "filters": {
    "location": null,
    "category": null,
    "student_only": false,
    "field_of_study": null
  },
  "options": {
    "crawl_website": true,
    "extract_emails": true
  },
  "created_at": "2026-11-26T00:28:50.1165617+00:00",
  "started_at": "2026-11-26T00:28:50.1444691+00:00",
  "updated_at": "2026-11-26T00:28:52.2203654+00:00",
  "completed_at": "2026-11-26T00:28:52.2203654+00:00",
  "progress": {
    "stage": "done",
    "searches_total": 1,
    "searches_done": 1,
    "found": 5,
    "processed": 5,
    "leads": 5,
    "phones": 9,
    "errors": 0,
    "platforms": {
      "directory": {
        "found": 5,
        "processed": 5,
        "leads": 5,
        "phones": 9,
        "errors": 0
      }
    }
  },
  "errors": [],
  "lead_count": 5,
  "duplicates": 0,
  "failure": null,
  "leads_url": "/api/campaigns/cmp-4630cf659f3a422c99da/leads"
};

/** The first entry of that campaign's GET /api/campaigns/{id}/leads?format=json. */
export const COMPLETED_LEAD = {
  "platform": "directory",
  "query": "dentists in Toronto",
  "name": "Harbour Dental Centre",
  "url": "http://127.0.0.1:7171/demo/directory/biz/harbour-dental-centre-toronto",
  "website": "http://127.0.0.1:7171/demo/directory/sites/harbour-dental-centre-toronto/",
  "phones": [
    {
      "e164": "+14375550113",
      "national": "(437) 555-0113",
      "raw": "+14375550113",
      "extension": null,
      "type": "fixed_line_or_mobile",
      "region": "CA",
      "fictional": true,
      "confidence": 0.99,
      "evidence": [
        {
          "layer": "tel_link",
          "confidence": 0.95,
          "context": "☎ 1-437-555-0113",
          "box": null,
          "source": "http://127.0.0.1:7171/demo/directory/biz/harbour-dental-centre-toronto"
        },
        {
          "layer": "json_ld",
          "confidence": 0.9,
          "context": "Dentist Harbour Dental Centre: telephone",
          "box": null,
          "source": "http://127.0.0.1:7171/demo/directory/biz/harbour-dental-centre-toronto"
        },
        {
          "layer": "visible_text",
          "confidence": 0.7,
          "context": "ed 175 Bathurst St, Toronto, ON M5Y 3K3 1-437-555-0113 harbourdentalcentre.ca Get directions H",
          "box": null,
          "source": "http://127.0.0.1:7171/demo/directory/biz/harbour-dental-centre-toronto"
        },
        {
          "layer": "website_crawl",
          "confidence": 0.6,
          "context": "tal Centre HomeAbout usContact Call us: (437) 555-0113 Harbour Dental Centre Dentist · Toronto",
          "box": null,
          "source": "http://127.0.0.1:7171/demo/directory/sites/harbour-dental-centre-toronto/"
        },
        {
          "layer": "website_crawl",
          "confidence": 0.6,
          "context": "tel_link: +1 437 555 0113",
          "box": null,
          "source": "http://127.0.0.1:7171/demo/directory/sites/harbour-dental-centre-toronto/contact"
        },
        {
          "layer": "website_crawl",
          "confidence": 0.6,
          "context": "json_ld: Dentist Harbour Dental Centre: telephone",
          "box": null,
          "source": "http://127.0.0.1:7171/demo/directory/sites/harbour-dental-centre-toronto/contact"
        },
        {
          "layer": "website_crawl",
          "confidence": 0.6,
          "context": "visible_text: tal Centre HomeAbout usContact Call us: (437) 555-0113 Contact Address: 175 Bathurst St, Toron",
          "box": null,
          "source": "http://127.0.0.1:7171/demo/directory/sites/harbour-dental-centre-toronto/contact"
        },
        {
          "layer": "website_crawl",
          "confidence": 0.6,
          "context": "visible_text: Bathurst St, Toronto, ON M5Y 3K3 Phone: +1 437 555 0113 Mobile / WhatsApp: (416) 512-9660 Openi",
          "box": null,
          "source": "http://127.0.0.1:7171/demo/directory/sites/harbour-dental-centre-toronto/contact"
        },
        {
          "layer": "website_crawl",
          "confidence": 0.6,
          "context": "visible_text: tal Centre HomeAbout usContact Call us: (437) 555-0113 About us Harbour Dental Centre is a den",
          "box": null,
          "source": "http://127.0.0.1:7171/demo/directory/sites/harbour-dental-centre-toronto/about"
        }
      ]
    },
    {
      "e164": "+14165129660",
      "national": "(416) 512-9660",
      "raw": "+14165129660",
      "extension": null,
      "type": "fixed_line_or_mobile",
      "region": "CA",
      "fictional": false,
      "confidence": 0.6,
      "evidence": [
        {
          "layer": "website_crawl",
          "confidence": 0.6,
          "context": "tel_link: (416) 512-9660",
          "box": null,
          "source": "http://127.0.0.1:7171/demo/directory/sites/harbour-dental-centre-toronto/contact"
        },
        {
          "layer": "website_crawl",
          "confidence": 0.6,
          "context": "visible_text: one: +1 437 555 0113 Mobile / WhatsApp: (416) 512-9660 Opening hours Monday - Thursday 09:00 -",
          "box": null,
          "source": "http://127.0.0.1:7171/demo/directory/sites/harbour-dental-centre-toronto/contact"
        }
      ]
    }
  ],
  "emails": [],
  "category": "Dentist",
  "address": "175 Bathurst St, Toronto, ON M5Y 3K3",
  "latitude": 43.605397,
  "longitude": -79.444133,
  "rating": 4.5,
  "reviews_count": 718,
  "hours": "Mo-Th 09:00-17:00; Fr 08:00-14:00",
  "description": "Harbour Dental Centre is a dentist in Kensington Market, Toronto, serving the neighbourhood since 2020.",
  "kind": "business",
  "found_at": "2026-11-26T00:28:50.3564226+00:00"
};

/** POST /api/campaigns/{id}/stop on the stopped campaign: the 409 problem+json body, as text. */
export const CONFLICT_BODY = "{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.10\",\"title\":\"Illegal state change\",\"status\":409,\"detail\":\"Campaign 'cmp-a473ff7bcbda470084b7' is stopped: it cannot be stopped.\",\"campaign_status\":\"stopped\",\"traceId\":\"00-63cbfe6bc2da108115a393d3aed44f2c-8d62b61dc6f4ee01-00\"}";

/** GET /api/analytics/summary?period=daily&from=2026-11-24&to=2026-11-26 after a 16-lead campaign. */
export const ANALYTICS_SUMMARY = {
  "period": "daily",
  "from": "2026-11-24",
  "to": "2026-11-26",
  "tz": "UTC",
  "leads": 16,
  "leads_with_phone": 16,
  "leads_with_email": 15,
  "phones": 26,
  "distinct_phones": 26,
  "verified_phones": 11,
  "campaigns": 1,
  "avg_confidence": 0.7831
};

/** GET /api/analytics/timeline, same query. */
export const ANALYTICS_TIMELINE = {
  "period": "daily",
  "from": "2026-11-24",
  "to": "2026-11-26",
  "tz": "UTC",
  "timeline": [
    {
      "bucket": "2026-11-24",
      "from": "2026-11-24",
      "to": "2026-11-24",
      "leads": 0,
      "leads_with_phone": 0,
      "leads_with_email": 0,
      "phones": 0,
      "distinct_phones": 0,
      "verified_phones": 0,
      "campaigns": 0,
      "avg_confidence": null
    },
    {
      "bucket": "2026-11-25",
      "from": "2026-11-25",
      "to": "2026-11-25",
      "leads": 0,
      "leads_with_phone": 0,
      "leads_with_email": 0,
      "phones": 0,
      "distinct_phones": 0,
      "verified_phones": 0,
      "campaigns": 0,
      "avg_confidence": null
    },
    {
      "bucket": "2026-11-26",
      "from": "2026-11-26",
      "to": "2026-11-26",
      "leads": 16,
      "leads_with_phone": 16,
      "leads_with_email": 15,
      "phones": 26,
      "distinct_phones": 26,
      "verified_phones": 11,
      "campaigns": 1,
      "avg_confidence": 0.7831
    }
  ]
};

/** GET /api/analytics/platforms, same query. */
export const ANALYTICS_PLATFORMS = {
  "dimension": "platform",
  "from": "2026-11-24",
  "to": "2026-11-26",
  "tz": "UTC",
  "items": [
    {
      "key": "directory",
      "leads": 16,
      "leads_with_phone": 16,
      "leads_with_email": 15,
      "phones": 26,
      "distinct_phones": 26,
      "verified_phones": 11,
      "campaigns": 1,
      "avg_confidence": 0.7831
    }
  ]
};

/** GET /api/analytics/categories, same query. */
export const ANALYTICS_CATEGORIES = {
  "dimension": "category",
  "from": "2026-11-24",
  "to": "2026-11-26",
  "tz": "UTC",
  "items": [
    {
      "key": "Dentist",
      "leads": 10,
      "leads_with_phone": 10,
      "leads_with_email": 9,
      "phones": 17,
      "distinct_phones": 17,
      "verified_phones": 6,
      "campaigns": 1,
      "avg_confidence": 0.7653
    },
    {
      "key": "Plumber",
      "leads": 6,
      "leads_with_phone": 6,
      "leads_with_email": 6,
      "phones": 9,
      "distinct_phones": 9,
      "verified_phones": 5,
      "campaigns": 1,
      "avg_confidence": 0.8167
    }
  ]
};

/** GET /api/analytics/layers, same query. */
export const ANALYTICS_LAYERS = {
  "dimension": "layer",
  "from": "2026-11-24",
  "to": "2026-11-26",
  "tz": "UTC",
  "items": [
    {
      "key": "website_crawl",
      "leads": 16,
      "leads_with_phone": 16,
      "leads_with_email": 15,
      "phones": 26,
      "distinct_phones": 26,
      "verified_phones": 11,
      "campaigns": 1,
      "avg_confidence": 0.7831
    },
    {
      "key": "json_ld",
      "leads": 11,
      "leads_with_phone": 11,
      "leads_with_email": 10,
      "phones": 11,
      "distinct_phones": 11,
      "verified_phones": 11,
      "campaigns": 1,
      "avg_confidence": 0.9818
    },
    {
      "key": "visible_text",
      "leads": 10,
      "leads_with_phone": 10,
      "leads_with_email": 9,
      "phones": 10,
      "distinct_phones": 10,
      "verified_phones": 8,
      "campaigns": 1,
      "avg_confidence": 0.968
    },
    {
      "key": "tel_link",
      "leads": 8,
      "leads_with_phone": 8,
      "leads_with_email": 7,
      "phones": 8,
      "distinct_phones": 8,
      "verified_phones": 8,
      "campaigns": 1,
      "avg_confidence": 0.99
    },
    {
      "key": "mailto",
      "leads": 5,
      "leads_with_phone": 0,
      "leads_with_email": 5,
      "phones": 0,
      "distinct_phones": 0,
      "verified_phones": 0,
      "campaigns": 1,
      "avg_confidence": null
    }
  ]
};

/** GET /api/analytics/compare?period=daily&to=2026-11-26. */
export const ANALYTICS_COMPARE = {
  "period": "daily",
  "tz": "UTC",
  "current": {
    "bucket": "2026-11-26",
    "from": "2026-11-26",
    "to": "2026-11-26",
    "leads": 16,
    "leads_with_phone": 16,
    "leads_with_email": 15,
    "phones": 26,
    "distinct_phones": 26,
    "verified_phones": 11,
    "campaigns": 1,
    "avg_confidence": 0.7831
  },
  "previous": {
    "bucket": "2026-11-25",
    "from": "2026-11-25",
    "to": "2026-11-25",
    "leads": 0,
    "leads_with_phone": 0,
    "leads_with_email": 0,
    "phones": 0,
    "distinct_phones": 0,
    "verified_phones": 0,
    "campaigns": 0,
    "avg_confidence": null
  },
  "deltas": {
    "leads": {
      "current": 16,
      "previous": 0,
      "delta": 16,
      "percent": null
    },
    "leads_with_phone": {
      "current": 16,
      "previous": 0,
      "delta": 16,
      "percent": null
    },
    "leads_with_email": {
      "current": 15,
      "previous": 0,
      "delta": 15,
      "percent": null
    },
    "phones": {
      "current": 26,
      "previous": 0,
      "delta": 26,
      "percent": null
    },
    "distinct_phones": {
      "current": 26,
      "previous": 0,
      "delta": 26,
      "percent": null
    },
    "verified_phones": {
      "current": 11,
      "previous": 0,
      "delta": 11,
      "percent": null
    },
    "campaigns": {
      "current": 1,
      "previous": 0,
      "delta": 1,
      "percent": null
    }
  }
};
