// A thin element around Leaflet for placing an answer on a map that works offline: no tile layer,
// only the basemap picture the exercise's pack ships, stretched over its bounds in Web Mercator.
// The server sets the basemap, bounds, texts (i18n) and pin; the element sends "pin-moved" when
// the learner clicks, drags or moves the pin with the arrow keys. The latitude and longitude fields
// beside it stay the accessible path; this map is another way to fill them.
import L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?inline';

const STYLE_ID = 'academy-geo-map-leaflet';

function ensureStyles() {
  if (document.getElementById(STYLE_ID)) {
    return;
  }
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = leafletCss + `
    .academy-geo-pin { width: 18px; height: 18px; margin: -18px 0 0 -9px; border-radius: 50% 50% 50% 0;
      background: #b3261e; border: 2px solid #ffffff; transform: rotate(-45deg); box-shadow: 0 1px 3px #0008; }
    .academy-geo-expected { width: 16px; height: 16px; margin: -8px 0 0 -8px; border-radius: 50%;
      background: #1b6e2a; border: 3px solid #ffffff; box-shadow: 0 0 0 2px #1b6e2a; }
    academy-geo-map .leaflet-container:focus-visible { outline: 3px solid #1f6feb; outline-offset: 2px; }
    academy-geo-map .academy-geo-live { position: absolute; width: 1px; height: 1px; overflow: hidden;
      clip: rect(0 0 0 0); white-space: nowrap; }
    academy-geo-map .academy-geo-readout { font-size: var(--lumo-font-size-s, 0.875rem); margin-top: 0.25rem; }
  `;
  document.head.appendChild(style);
}

class AcademyGeoMap extends HTMLElement {
  static get observedAttributes() {
    return ['basemap', 'bounds', 'pin', 'expected', 'readonly', 'i18n'];
  }

  connectedCallback() {
    ensureStyles();
    if (!this._map) {
      this._build();
    }
    this._sync();
  }

  disconnectedCallback() {
    if (this._map) {
      this._map.remove();
      this._map = null;
      this.innerHTML = '';
    }
  }

  attributeChangedCallback() {
    if (this._map) {
      this._sync();
    }
  }

  _texts() {
    try {
      return JSON.parse(this.getAttribute('i18n') || '{}');
    } catch (e) {
      return {};
    }
  }

  _bounds() {
    const b = JSON.parse(this.getAttribute('bounds') || '[-1,-1,1,1]');
    return L.latLngBounds([b[0], b[1]], [b[2], b[3]]);
  }

  _build() {
    this.style.display = 'block';
    this._box = document.createElement('div');
    // the map's own height: the readout below it stays inside the element, never over what follows
    this._box.style.height = 'var(--academy-geo-map-height, 24rem)';
    this._box.style.background = '#cfe3f0';
    this._readout = document.createElement('div');
    this._readout.className = 'academy-geo-readout';
    this._live = document.createElement('div');
    this._live.className = 'academy-geo-live';
    this._live.setAttribute('aria-live', 'polite');
    this.appendChild(this._box);
    this.appendChild(this._readout);
    this.appendChild(this._live);
    const bounds = this._bounds();
    // no tile layer: nothing is fetched but the basemap picture from the academy itself
    this._map = L.map(this._box, {
      crs: L.CRS.EPSG3857,
      attributionControl: false,
      keyboard: false,
      zoomSnap: 0.25,
      maxBounds: bounds.pad(0.25),
      maxBoundsViscosity: 1.0,
    });
    this._fit();
    const container = this._map.getContainer();
    container.setAttribute('tabindex', '0');
    container.setAttribute('role', 'application');
    container.addEventListener('keydown', (e) => this._key(e));
    this._map.on('click', (e) => {
      if (!this.hasAttribute('readonly')) {
        this._place(e.latlng, true);
      }
    });
    if (typeof ResizeObserver !== 'undefined') {
      this._resize = new ResizeObserver(() => {
        if (this._map) {
          this._map.invalidateSize();
          this._fit();
        }
      });
      this._resize.observe(this._box);
    }
  }

  /**
   * Shows the whole basemap, once the map has a size: an element laid out after it was built (a
   * feedback shown after submitting) is fitted when it first gets one.
   */
  _fit() {
    const size = this._map.getSize();
    if (this._fitted || size.x === 0 || size.y === 0) {
      if (!this._fitted) {
        this._map.setView(this._bounds().getCenter(), 8);
      }
      return;
    }
    this._fitted = true;
    this._map.fitBounds(this._bounds());
    this._map.setMinZoom(this._map.getZoom() - 1);
    this._map.setMaxZoom(this._map.getZoom() + 5);
  }

  _sync() {
    const texts = this._texts();
    const container = this._map.getContainer();
    container.setAttribute('aria-label', texts.label || '');
    const url = this.getAttribute('basemap');
    if (url && (!this._overlay || this._overlayUrl !== url)) {
      if (this._overlay) {
        this._overlay.remove();
      }
      this._overlay = L.imageOverlay(url, this._bounds(), { alt: texts.basemapAlt || '' }).addTo(this._map);
      this._overlayUrl = url;
    }
    this._showPin(this._point('pin'), false);
    this._showExpected(this._point('expected'));
  }

  _point(attribute) {
    const value = this.getAttribute(attribute);
    if (!value) {
      return null;
    }
    const p = JSON.parse(value);
    return L.latLng(p[0], p[1]);
  }

  _place(latlng, announce) {
    const bounds = this._bounds();
    const lat = Math.min(Math.max(latlng.lat, -85), 85);
    const lng = ((latlng.lng + 540) % 360) - 180;
    const point = L.latLng(Math.round(lat * 1e5) / 1e5, Math.round(lng * 1e5) / 1e5);
    this._showPin(point, announce);
    this.dispatchEvent(new CustomEvent('pin-moved', {
      detail: { latitude: point.lat, longitude: point.lng, inside: bounds.contains(point) },
    }));
  }

  _showPin(point, announce) {
    const readonly = this.hasAttribute('readonly');
    if (!point) {
      if (this._pin) {
        this._pin.remove();
        this._pin = null;
      }
      this._say(this._texts().noPin || '', false);
      return;
    }
    if (!this._pin) {
      this._pin = L.marker(point, {
        draggable: !readonly,
        keyboard: false,
        icon: L.divIcon({ className: 'academy-geo-pin', iconSize: null }),
      }).addTo(this._map);
      this._pin.on('dragend', () => this._place(this._pin.getLatLng(), true));
    } else {
      this._pin.setLatLng(point);
      if (this._pin.dragging) {
        readonly ? this._pin.dragging.disable() : this._pin.dragging.enable();
      }
    }
    this._say(this._format(this._texts().pinAt, point), announce);
  }

  _showExpected(point) {
    if (this._expected) {
      this._expected.remove();
      this._expected = null;
    }
    if (this._line) {
      this._line.remove();
      this._line = null;
    }
    if (!point) {
      return;
    }
    const texts = this._texts();
    this._expected = L.marker(point, {
      keyboard: false,
      icon: L.divIcon({ className: 'academy-geo-expected', iconSize: null }),
      title: texts.expected || '',
    }).addTo(this._map);
    const pin = this._point('pin');
    if (pin) {
      this._line = L.polyline([pin, point], { color: '#1b6e2a', dashArray: '6 6', weight: 2 }).addTo(this._map);
      if (texts.distance) {
        this._line.bindTooltip(texts.distance, { permanent: true, direction: 'center' });
      }
    }
  }

  /** Arrow keys move the pin by a step of the view (with Shift: five), + and - zoom, Enter drops it at the centre. */
  _key(e) {
    if (this.hasAttribute('readonly')) {
      return;
    }
    const map = this._map;
    const size = map.getSize();
    const step = e.shiftKey ? 5 : 1;
    const moves = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };
    if (moves[e.key]) {
      e.preventDefault();
      const from = this._pin ? this._pin.getLatLng() : map.getCenter();
      const px = map.latLngToContainerPoint(from);
      const delta = Math.max(2, Math.round(Math.min(size.x, size.y) / 40)) * step;
      const to = map.containerPointToLatLng(L.point(px.x + moves[e.key][0] * delta, px.y + moves[e.key][1] * delta));
      this._place(to, true);
      if (!map.getBounds().pad(-0.1).contains(to)) {
        map.panTo(to);
      }
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this._place(this._pin ? this._pin.getLatLng() : map.getCenter(), true);
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      map.zoomIn();
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      map.zoomOut();
    }
  }

  _format(template, point) {
    if (!template) {
      return '';
    }
    const lang = this._texts().lang || document.documentElement.lang || undefined;
    const f = new Intl.NumberFormat(lang, { maximumFractionDigits: 5, useGrouping: false });
    return template.replace('{lat}', f.format(point.lat)).replace('{lon}', f.format(point.lng));
  }

  _say(text, announce) {
    this._readout.textContent = text;
    if (announce) {
      this._live.textContent = text;
    }
  }
}

customElements.define('academy-geo-map', AcademyGeoMap);
