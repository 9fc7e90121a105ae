/**
 * The demo page served at ascent-demo.localhost: the ChatGPT replica with a heading and a
 * sample text people can copy into the composer.
 */
import { demoSampleText } from '../../../lib/demo/sample-text';
import { spec as chatgptSpec } from './chatgpt';
import { createElement, type ReplicaSpec } from './shell';

export const spec: ReplicaSpec = {
  ...chatgptSpec,
  title: 'Ascent demo',
  renderIntro() {
    const intro = createElement('section', { class: 'demo-intro' });
    const sample = createElement('pre', { 'data-testid': 'demo-sample' }, demoSampleText);

    intro.append(
      createElement('h1', {}, 'Ascent demo — a replica chat page'),
      createElement('p', {}, 'Copy this text and paste it into the message box below:'),
      sample,
    );

    return intro;
  },
};
