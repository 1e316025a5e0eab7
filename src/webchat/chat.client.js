// The web chat page's own script: get a token for this visitor's conversation (the same one
// after a reload: the page keeps a resume token), then start the official Web Chat on the
// built-in Direct Line. Served by Doorstep as it is, with no build step.
(async () => {
  const KEY = 'doorstep.webchat.resume';
  const root = document.getElementById('webchat');
  const status = document.getElementById('chat-status');
  const config = JSON.parse(document.getElementById('chat-config').textContent);

  async function session() {
    let resume = null;
    try {
      resume = localStorage.getItem(KEY);
    } catch {
      // Storage blocked: the chat still works, for this page view.
    }
    const res = await fetch('/chat/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(resume ? { resume } : {}),
    });
    if (!res.ok) throw new Error(`token: ${res.status}`);
    const s = await res.json();
    try {
      localStorage.setItem(KEY, s.resume);
    } catch {
      // As above.
    }
    return s;
  }

  // Markdown from the assistant only (a tenant's own words are escaped before they reach it); no HTML passes.
  const markdown = window.markdownit({ html: false, linkify: false, breaks: true });

  try {
    const s = await session();
    const directLine = window.WebChat.createDirectLine({
      domain: `${location.origin}/directline`,
      token: s.token,
      conversationId: s.conversationId,
      webSocket: true,
    });
    window.WebChat.renderWebChat(
      {
        directLine,
        userID: s.userId,
        renderMarkdown: (text) => markdown.render(text),
        locale: 'en-GB',
        styleOptions: {
          accent: config.accent,
          bubbleFromUserBackground: config.accent,
          bubbleFromUserTextColor: '#ffffff',
          bubbleFromUserBorderRadius: 8,
          bubbleBorderRadius: 8,
          botAvatarInitials: config.initials,
          hideUploadButton: true,
          sendBoxButtonColor: config.accent,
          suggestedActionLayout: 'flow',
          suggestedActionBorderRadius: 16,
          suggestedActionTextColor: config.accent,
          suggestedActionBorderColor: config.accent,
          primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
        },
      },
      root,
    );
    status.textContent = '';
    root.querySelector('[data-id="webchat-sendbox-input"], input, textarea')?.focus();
  } catch {
    status.textContent = `Sorry, the chat could not start. Please try again later, or call us on ${config.phone}.`;
  }
})();
