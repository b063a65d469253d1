// Front page: the platform's status and the directory's size, both public.
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
