// A thin element around Chart.js: the server sets the chart's configuration as JSON in the
// "config" attribute; the element draws it on a canvas and redraws when it changes.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

class AcademyChart extends HTMLElement {
  static get observedAttributes() {
    return ['config'];
  }

  connectedCallback() {
    if (!this._canvas) {
      this.style.display = 'block';
      this.style.position = 'relative';
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this._canvas.setAttribute('aria-label', this.getAttribute('aria-label') || '');
      this.appendChild(this._canvas);
    }
    this._draw();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  attributeChangedCallback() {
    this._draw();
  }

  _draw() {
    const json = this.getAttribute('config');
    if (!this.isConnected || !this._canvas || !json) {
      return;
    }
    if (this._chart) {
      this._chart.destroy();
    }
    const config = JSON.parse(json);
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false },
      config.options || {});
    this._chart = new Chart(this._canvas, config);
  }
}

customElements.define('academy-chart', AcademyChart);
