// Front page: the platform's status, each pilot's public results and the directory's size.
const row = (name, status) => `<tr><td>${name}</td><td class="${status}">${status}</td></tr>`;
fetch('/health').then(r => r.json()).then(h => {
  const services = (h.details && h.details.services && h.details.services.details) || {};
  document.getElementById('status').innerHTML = row('gateway', 'UP') +
    Object.entries(services).map(([n, s]) => row(n + '-service', s)).join('');
}).catch(() => { document.getElementById('status').innerHTML = row('gateway', 'DOWN'); });
fetch('/api/reports/organizations').then(r => r.json()).then(s => {
  document.getElementById('summary').textContent =
    `${s.enterprises} entreprises, ${s.institutions} institutions (${s.active} actives / active)`;
}).catch(() => {});

const esc = t => String(t).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
const money = v => Number(v).toLocaleString('fr-CA', {style: 'currency', currency: 'CAD', maximumFractionDigits: 0});
const pilotCard = (p, d) => {
  const h = d.headline, c = d.contacts, b = d.betweenEnterprises, base = `/api/reports/pilots/${p.id}`;
  return `<section class="pilot"><h3>${esc(p.name)}</h3>
    <p class="headline">${h.institutionsWithContract} institutions sur ${h.institutions} ont octroyé au moins un contrat
      <span class="en">/ ${h.institutionsWithContract} of ${h.institutions} institutions awarded at least one contract</span></p>
    <p>${h.contracts} contrats confirmés, ${money(h.valueCad)} <span class="en">/ confirmed contracts</span> ·
      ${b.contracts} entre entreprises (${money(b.valueCad)}) <span class="en">/ between enterprises</span> ·
      ${d.declared.contracts} déclarés à confirmer <span class="en">/ declared, awaiting confirmation</span></p>
    <p>${c.firstContacts} premiers contacts, ${c.followOns} suites, ${c.introduced} par recommandation
      <span class="en">/ first contacts, follow-ons, by referral</span> · ${c.ledToContract} premiers contacts suivis d'un contrat
      en 12 mois <span class="en">/ led to a contract within 12 months</span></p>
    <p><a href="${base}/dashboard">JSON</a> · <a href="${base}/csv/institutions">CSV</a> ·
      <a href="/api/opendata/pilots/${p.id}/ocds">OCDS</a></p></section>`;
};
fetch('/api/pilots').then(r => r.json()).then(pilots => Promise.all(pilots.map(p =>
  fetch(`/api/reports/pilots/${p.id}/dashboard`).then(r => r.json()).then(d => pilotCard(p, d)))))
  .then(cards => { document.getElementById('pilots').innerHTML = cards.join('') || '<p>—</p>'; })
  .catch(() => { document.getElementById('pilots').textContent = '—'; });
