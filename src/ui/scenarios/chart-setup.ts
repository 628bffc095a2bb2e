/**
 * The parts of Chart.js the comparison uses, imported by name so that the bundler leaves the rest
 * out; loaded on first use (its own chunk) by charts.ts.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
