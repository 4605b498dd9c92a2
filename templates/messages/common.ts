// Strings every message type shares. Arguments: {bank}, {givenName}, {named} only (see define.ts).
import type { CommonSource } from '../define.ts';

const common: CommonSource = {
  messages: {
    en: {
      greeting: '{named, select, yes {Hello {givenName},} other {Hello,}}',
      unsubscribe: 'Unsubscribe from marketing e-mails',
    },
    id: {
      greeting: '{named, select, yes {Halo {givenName},} other {Halo,}}',
      unsubscribe: 'Berhenti berlangganan email promosi',
    },
    ar: {
      greeting: '{named, select, yes {مرحبًا {givenName}،} other {مرحبًا،}}',
      unsubscribe: 'إلغاء الاشتراك في الرسائل التسويقية',
    },
    ro: {
      greeting: '{named, select, yes {Bună ziua, {givenName},} other {Bună ziua,}}',
      unsubscribe: 'Dezabonare de la e-mailurile de marketing',
    },
    vi: {
      greeting: '{named, select, yes {Xin chào {givenName},} other {Kính gửi Quý khách,}}',
      unsubscribe: 'Hủy đăng ký nhận email tiếp thị',
    },
    de: {
      greeting: '{named, select, yes {Hallo {givenName},} other {Guten Tag,}}',
      unsubscribe: 'Werbe-E-Mails abbestellen',
    },
  },
};

export default common;
