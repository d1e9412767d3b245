// Kiosk terminal in a citizen office: full screen, read-aloud, the terminal's camera, and an inactivity timeout that
// warns, then deletes the session and clears the page so the next person finds nothing of the previous one.
import { h, show } from '../shared/dom.js';
import { t, lang, useLanguage } from '../shared/i18n.js';
import { api } from './api.js';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'touchstart', 'wheel'];

export class Kiosk {
  constructor(app, config) {
    this.app = app;
    this.idleMs = Math.max(1, Number(config.kioskIdleSeconds) || 120) * 1000;
    this.warnMs = Math.max(1, Number(config.kioskWarningSeconds) || 30) * 1000;
    this.reading = true;
    this.stream = null;
    this.timer = null;
    this.dialog = null;
    for (const type of ACTIVITY) document.addEventListener(type, () => this.activity(), { capture: true, passive: true });
    // on click, not pointerdown: going full screen between pointerdown and pointerup moves the page (right-to-left
    // languages most), and the first tap, often "Start", would land beside its button and be lost
    document.addEventListener('click', () => document.documentElement.requestFullscreen?.().catch(() => {}), { once: true });
    this.activity();
  }

  /** Any input restarts the clock; the warning only counts down while nobody touches the terminal. */
  activity() {
    if (this.dialog) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.warn(), this.idleMs);
  }

  warn() {
    if (!this.app.sessionId) { this.activity(); return; }
    let left = Math.ceil(this.warnMs / 1000);
    const text = h('p', { id: 'idle-text' }, t('kiosk.idleText', { seconds: left }));
    const keep = h('button', { type: 'button', class: 'btn', id: 'idle-continue' }, t('kiosk.continue'));
    this.dialog = h('dialog', { id: 'idle-dialog', role: 'alertdialog', 'aria-labelledby': 'idle-h', 'aria-describedby': 'idle-text' },
      h('h2', { id: 'idle-h' }, t('kiosk.idleHeading')), text, h('div', { class: 'actions' }, keep));
    document.body.append(this.dialog);
    this.dialog.showModal();
    keep.focus();
    this.speak(`${t('kiosk.idleHeading')} ${text.textContent}`, true);
    const tick = setInterval(() => {
      left -= 1;
      text.textContent = t('kiosk.idleText', { seconds: Math.max(left, 0) });
    }, 1000);
    const wipeTimer = setTimeout(() => { clearInterval(tick); this.wipe('timeout'); }, this.warnMs);
    const close = () => {
      clearInterval(tick);
      clearTimeout(wipeTimer);
      this.closeDialog();
      this.activity();
    };
    keep.addEventListener('click', close);
    this.dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(); });
  }

  closeDialog() {
    if (this.dialog) {
      this.dialog.close();
      this.dialog.remove();
      this.dialog = null;
    }
  }

  /** Deletes the session on the server and everything of it in this page; the next person starts fresh in German. */
  async wipe(reason) {
    const id = this.app.sessionId;
    this.closeDialog();
    this.stopCamera();
    if ('speechSynthesis' in window) speechSynthesis.cancel();
    this.app.forget();
    show(this.app.main);
    for (const d of document.querySelectorAll('dialog')) d.remove();
    if (id) await api.remove(id).catch(() => {});
    history.replaceState(null, '', '/?kiosk=1');
    await useLanguage('de');
    this.app.notice = { kind: 'info', text: t(reason === 'timeout' ? 'kiosk.wiped' : 'kiosk.restarted') };
    await this.app.go('start');
    document.body.dataset.wiped = String(Number(document.body.dataset.wiped || 0) + 1);
    this.activity();
  }

  canSpeak() {
    return 'speechSynthesis' in window && this.voice() !== null;
  }

  voice() {
    const code = lang() === 'de-LS' ? 'de' : lang();
    const voices = speechSynthesis.getVoices();
    return voices.find((v) => v.lang?.toLowerCase().startsWith(code.toLowerCase())) || null;
  }

  /** Reads a text aloud when the device has a voice for the language (always when asked, else while reading is on). */
  speak(text, always = false) {
    if (!text || !this.canSpeak() || (!this.reading && !always)) return;
    speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.voice = this.voice();
    u.lang = u.voice.lang;
    u.rate = 0.9;
    speechSynthesis.speak(u);
  }

  speechToggle() {
    const button = h('button', { type: 'button', class: 'btn btn--quiet', 'aria-pressed': String(this.reading) }, t('chat.readAloud'));
    button.addEventListener('click', () => {
      this.reading = !this.reading;
      button.setAttribute('aria-pressed', String(this.reading));
      if (!this.reading) speechSynthesis.cancel();
    });
    return button;
  }

  /** The terminal's camera: live picture, one button to take it; the photo goes straight to upload, nothing is stored. */
  cameraControl(upload) {
    const area = h('div', { class: 'camera' });
    const open = h('button', { type: 'button', class: 'btn', id: 'camera-open' }, t('docs.camera'));
    open.addEventListener('click', async () => {
      try {
        this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 2480 } }, audio: false });
      } catch (e) {
        show(area, h('p', { class: 'alert alert--warning', role: 'alert' }, t('docs.cameraUnavailable')));
        return;
      }
      const video = h('video', { autoplay: true, playsinline: true, muted: true, 'aria-label': t('docs.camera') });
      video.srcObject = this.stream;
      const take = h('button', { type: 'button', class: 'btn', id: 'camera-take' }, t('docs.capture'));
      take.addEventListener('click', () => {
        const canvas = document.createElement('canvas');
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        canvas.getContext('2d').drawImage(video, 0, 0);
        this.stopCamera();
        show(area, open);
        canvas.toBlob((blob) => upload(new File([blob], 'kamera.jpg', { type: 'image/jpeg' }), 'kamera.jpg'), 'image/jpeg', 0.92);
      });
      show(area, video, h('div', { class: 'actions' }, take));
      take.focus();
    });
    area.append(open);
    return area;
  }

  stopCamera() {
    if (this.stream) {
      for (const track of this.stream.getTracks()) track.stop();
      this.stream = null;
    }
  }
}
