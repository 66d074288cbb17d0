/**
 * Review CA-6 (/work/notes/review-china-eu-ca.md §3): the source sentence follows each data
 * category's own origin (taxonomy `source`), not "directly from you" for everything: the device
 * identifier comes from the device, the order history and transaction details from our own records,
 * the passcode is created by us and the content of our own messages is written by us. A flow that
 * declares where its data comes from (support requests the customer writes) wins. Law: Cal. Civ. Code
 * §1798.110(a)(2), (c)(2) (categories of sources); 11 CCR §7011.
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { Renderer } from '../../src/render/renderer.js';

const { catalog, org, templates, renderer } = examples();
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const render = (id: string, lng: string, region = 'california') => renderer.render(tpl(id), catalog.region(region), lng, org).clause.text;

describe('sources per data category (review CA-6)', () => {
  it('marketing_promotion: grouped by where each category comes from, en and es', () => {
    const en = render('marketing_promotion', 'en');
    expect(en).toContain('We obtain your name and phone number directly from you, your device identifier from your device, and your order history from our records of your purchases and account with us.');
    expect(en).toContain('The content of our messages to you is written by us.');
    expect(en).toContain('We derive your shopping preferences from your order history with us; we do not ask you for them.');
    expect(en).not.toMatch(/device identifier[^.]*directly from you/);
    expect(en).not.toMatch(/message content[^.]*directly from you/);
    const es = render('marketing_promotion', 'es');
    expect(es).toContain('Obtenemos los datos (nombre y número de teléfono) directamente de usted, los datos (identificador del dispositivo) de su dispositivo y los datos (historial de pedidos) de nuestros registros de sus compras y de su cuenta con nosotros.');
    expect(es).toContain('El contenido de nuestros mensajes lo redactamos nosotros.');
  });

  it('one_time_passcode: the passcode is created by us, not obtained from the person', () => {
    const en = render('one_time_passcode', 'en');
    expect(en).toContain('We obtain your phone number directly from you.');
    expect(en).toContain('We create your one-time passcode ourselves.');
    expect(en).not.toMatch(/one-time passcode[^.]*directly from you/);
    expect(render('one_time_passcode', 'es')).toContain('Los datos (código de un solo uso) los creamos nosotros mismos.');
  });

  it('payment_receipt: transaction details from our records', () => {
    // The invoice carries the postal address (review 3 EU-m9, CA-m5), which the customer gives.
    // Review 7 CA7-2 (9016a74): the card is entered with Stripe, which receives it on our behalf; it is not
    // among what we obtain directly from the person, and its source is stated in its own sentence.
    const en = render('payment_receipt', 'en');
    expect(en).toContain('We obtain your name, email address, and postal address directly from you and your transaction details from our records of your purchases and account with us.');
    expect(en).toContain('You enter your payment card details directly with our service provider Stripe Payments Europe (Ireland), which receives them from you on our behalf; they do not pass through our systems.');
    expect(en).not.toMatch(/We obtain [^.]*payment card details/);
  });

  it('a flow that declares its source wins over the taxonomy: the support request is written by the customer', () => {
    const en = render('support_followup', 'en');
    // Except the customer number, which we assign even where the customer quotes it (review 3 CA-m2).
    // Review 6 CN6-1: the support flow declares the phone number the ticket holds, so it is listed in the flow's order.
    expect(en).toContain('We obtain your name, phone number, email address, and message content directly from you.');
    expect(en).toContain('We assign your customer number ourselves.');
    // The WhatsApp flow carries our own messages: their content is ours.
    expect(en).toContain('The content of our messages to you is written by us.');
  });

  it('the taxonomy decides: a category given no origin reads as from the person', () => {
    const own = loadCatalog();
    delete own.taxonomy.data.get('user.device.device_id')!.source;
    delete own.taxonomy.data.get('user.device')!.source;
    const text = new Renderer(own).render(tpl('marketing_promotion'), own.region('california'), 'en', org).clause.text;
    expect(text).toContain('We obtain your name, phone number, and device identifier directly from you and your order history from our records of your purchases and account with us.');
    expect(render('marketing_promotion', 'en')).toContain('your device identifier from your device');
  });

  it('the EU clause still states only sources other than the person (GDPR Art. 14(2)(f))', () => {
    const en = render('marketing_promotion', 'en', 'eu');
    expect(en).toContain('We derive your shopping preferences from your order history with us; we do not ask you for them.');
    expect(en).not.toContain('written by us');
    expect(en).not.toContain('directly from you, ');
  });
});
