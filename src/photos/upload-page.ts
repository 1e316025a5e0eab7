// The page a tenant opens from the link in their text: one form, no script, readable on a
// small phone. Pages for every outcome say what happened and what to do next.
import { escapeHtml } from '../http/html.js';

export interface PageLandlord {
  name: string;
  phone: string;
}

/** Photos one link takes in one go. */
export const PHOTOS_PER_LINK = 3;

function shell(landlord: PageLandlord, title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} - ${escapeHtml(landlord.name)}</title>
<link rel="icon" href="data:,">
<style>
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; margin: 0; background: #f4f4f4; line-height: 1.5; }
  header { background: #1d4f91; color: #fff; padding: 12px 16px; }
  header p { margin: 0; font-weight: 600; }
  main { max-width: 560px; margin: 0 auto; background: #fff; padding: 16px; }
  h1 { font-size: 1.375rem; margin: 0 0 12px; }
  label { display: block; font-weight: 600; margin: 16px 0 8px; }
  input[type=file] { display: block; font-size: 1rem; padding: 8px 0; max-width: 100%; }
  button { font-size: 1.125rem; padding: 12px 20px; margin-top: 16px; background: #00703c; color: #fff; border: 0; border-radius: 4px; min-height: 48px; }
  button:focus, input:focus, a:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
  .hint { color: #505a5f; margin: 0 0 8px; }
</style>
</head>
<body>
<header><p>${escapeHtml(landlord.name)}</p></header>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

export function uploadForm(landlord: PageLandlord, reference: string, action: string): string {
  return shell(
    landlord,
    'Send a photo of your repair',
    `<p>Your repair reference is <strong>${escapeHtml(reference)}</strong>. A photo helps our team see the problem and bring the right parts.</p>
<form method="post" action="${escapeHtml(action)}" enctype="multipart/form-data">
  <label for="photos">Choose up to ${PHOTOS_PER_LINK} photos</label>
  <p class="hint" id="photos-hint">Photos only (JPEG, PNG, HEIC, WebP or GIF), up to 10 MB each. This link works once.</p>
  <input type="file" id="photos" name="photos" accept="image/*" multiple required aria-describedby="photos-hint">
  <button type="submit">Send photos</button>
</form>`,
  );
}

export function uploadDone(landlord: PageLandlord, reference: string, count: number): string {
  return shell(
    landlord,
    count === 1 ? 'Thank you, we have your photo' : `Thank you, we have your ${count} photos`,
    `<p>We have kept ${count === 1 ? 'it' : 'them'} with your repair, reference <strong>${escapeHtml(reference)}</strong>. You can close this page.</p>`,
  );
}

export type Refusal = 'spent' | 'forged' | 'expired' | 'not-image' | 'too-many' | 'too-large' | 'empty';

export function uploadRefused(landlord: PageLandlord, why: Refusal, action: string | null): string {
  const textUs = `<p>To send a photo another way, text us and ask, or call ${escapeHtml(landlord.phone)}.</p>`;
  const again = action ? `<p><a href="${escapeHtml(action)}">Choose other photos</a></p>` : '';
  switch (why) {
    case 'spent':
      return shell(landlord, 'This link has already been used', `<p>Each link takes photos once, and this one has been used.</p>${textUs}`);
    case 'expired':
      return shell(landlord, 'This link has expired', `<p>Links to send photos work for a week.</p>${textUs}`);
    case 'forged':
      return shell(landlord, 'This link does not work', `<p>Please check you opened the whole link from our text message.</p>${textUs}`);
    case 'not-image':
      return shell(landlord, 'That file is not a photo', `<p>Please choose a photo (JPEG, PNG, HEIC, WebP or GIF).</p>${again}`);
    case 'too-many':
      return shell(landlord, `Please choose at most ${PHOTOS_PER_LINK} photos`, `<p>This link takes up to ${PHOTOS_PER_LINK} photos in one go.</p>${again}`);
    case 'too-large':
      return shell(landlord, 'That photo is too large', `<p>Each photo can be up to 10 MB.</p>${again}`);
    case 'empty':
      return shell(landlord, 'No photo was chosen', `<p>Please choose a photo to send.</p>${again}`);
  }
}
