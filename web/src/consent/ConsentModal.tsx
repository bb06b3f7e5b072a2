import { useState } from "react";
import { Modal } from "../components/Modal";
import { hasConsented, recordConsent } from "./consentStore";

/** First-visit notice: what LeadIntel collects and the user's duties; shown until accepted once. */
export function ConsentModal() {
  const [open, setOpen] = useState(() => !hasConsented());
  if (!open) return null;
  const accept = () => {
    recordConsent(new Date());
    setOpen(false);
  };
  return (
    <Modal title="Before you start" testId="consent-modal">
      <div className="space-y-3 text-sm text-slate-800">
        <p>LeadIntel collects publicly visible business and profile information from the platforms you choose: names, categories, addresses, websites, phone numbers and email addresses, with where each was found.</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>You are responsible for respecting each platform's terms of service and robots rules, and for using only data you are allowed to use.</li>
          <li>Personal data (people's names, phones, emails, student profiles) is regulated by privacy law such as the GDPR, CCPA and CASL. Have a lawful basis before you store or contact anyone, honour opt-outs, and delete what you no longer need.</li>
          <li>Results are kept in your own storage account; nothing is shared with third parties by this app.</li>
        </ul>
        <p>This notice is remembered in this browser once accepted.</p>
      </div>
      <div className="mt-5 flex justify-end">
        <button type="button" className="btn-primary" onClick={accept} data-testid="consent-accept">
          I understand and agree
        </button>
      </div>
    </Modal>
  );
}
