// A frame that is not the widget's iframe tries to resize it.
'use strict';
let n = 0;
const send = () => {
  parent.postMessage({ type: 'putitright:height', height: 4321 }, '*');
  document.title = 'forged ' + (++n);
  if (n < 50) setTimeout(send, 50);
};
send();
