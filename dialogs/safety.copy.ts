// What the assistant says at once when a message mentions a danger to life or health.
// It goes out before any triage question, so it must stand alone, be short enough to
// arrive as one or two SMS segments, and stay inside GSM-7 (one curly quote or dash
// would turn the text into UCS-2 and triple its length in segments).
// The numbers are the UK's national ones: National Gas Emergency Service 0800 111 999
// (free, 24/7; gas or carbon monoxide in England, Scotland and Wales), 999 for danger to
// life (press 55 if you cannot speak), NHS 111, the National Domestic Abuse Helpline
// 0808 2000 247 (free, 24 hours) and Samaritans 116 123 (free from any phone). A
// landlord's own out-of-hours number is added by the dialog from the policy pack, never here.
import type { SafetyId } from '../machines/conversation.types.js';

export const SAFETY_ADVICE: Readonly<Record<SafetyId, string>> = {
  gas:
    'If you smell gas: call the National Gas Emergency Service on 0800 111 999 now (free, 24/7). ' +
    'Do not use light switches, plugs, flames or cigarettes. Turn off the gas at the meter if you can, ' +
    'open doors and windows if it is safe, and leave the property.',
  'carbon-monoxide':
    'Carbon monoxide can kill. Get everyone out into fresh air now, open doors and windows if safe, ' +
    'and turn off the boiler or fire if you can. Call the National Gas Emergency Service on 0800 111 999 (free, 24/7). ' +
    'If anyone feels unwell, call 111, or 999 in an emergency.',
  'water-electrics':
    'Water or damage near electrics is dangerous. Do not touch light switches, sockets or wires. ' +
    'Turn off the electricity at the fuse box only if it is safe and dry to do so. ' +
    'Keep everyone away from the area. If there is smoke, fire or someone has had a shock, call 999.',
  fire:
    'If there is a fire or smoke: get out, stay out and call 999. Do not stop to collect things. ' +
    'If a socket or appliance is sparking, smoking or smells of burning and it is safe, switch it off ' +
    'at the fuse box and do not touch it again.',
  'danger-to-life':
    'If you or anyone else is in danger now, call 999. If you cannot speak, stay on the line and press 55. ' +
    'For police when it is not an emergency, call 101.',
  'domestic-abuse':
    'If you are in danger now, call 999 (if you cannot speak, press 55). ' +
    'The National Domestic Abuse Helpline is free and open 24 hours: 0808 2000 247. ' +
    'You are not alone and we can help. Only reply here if it is safe for you to do so.',
  'self-harm':
    'We are sorry you are going through this. If you, or someone you are worried about, are thinking of suicide or self-harm, ' +
    'Samaritans are there at any time, free, on 116 123. If anyone is in danger now or has been hurt, call 999.',
};
