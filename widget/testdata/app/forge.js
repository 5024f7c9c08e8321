// A frame that is not the widget's iframe tries to resize it, then sends
// its mark, so the page knows it has had every forged message.
'use strict';
for (let i = 0; i < 20; i++) parent.postMessage({ type: 'putitright:height', height: 4321 }, '*');
parent.postMessage('mark:' + location.origin, '*');
