// The campaign page's "Brochures" panel: upload a brochure's language files in a
// modal (materials/brochure_upload.py) and show the panel's new list in place.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-brochure-upload]');
  if (!button || typeof window.ModalWorkflow !== 'function') return;
  event.preventDefault();
  window.ModalWorkflow({
    url: button.dataset.brochureUpload,
    onload: {
      form(modal) {
        const body = modal.body.jquery ? modal.body[0] : modal.body;
        const form = body.querySelector('[data-brochure-upload-form]');
        form.addEventListener('submit', async (submitted) => {
          submitted.preventDefault();
          form.querySelector('button[type=submit]').disabled = true;
          const response = await fetch(form.action, {
            method: 'POST',
            body: new FormData(form),
            headers: { 'X-Requested-With': 'XMLHttpRequest' },
          });
          modal.loadResponseText(await response.text());
        });
      },
      uploaded(modal, data) {
        document.querySelector('[data-brochure-list]').innerHTML = data.list;
        modal.close();
      },
    },
  });
});
