// Strings every message type shares (greeting, unsubscribe and preference page links). Arguments: {bank},
// {givenName}, {named} only (see define.ts).
import type { CommonSource } from '../define.ts';

const common: CommonSource = {
  messages: {
    en: {
      greeting: '{named, select, yes {Hello {givenName},} other {Hello,}}',
      unsubscribe: 'Unsubscribe from marketing e-mails',
      preferences: 'Manage your message preferences',
    },
    id: {
      greeting: '{named, select, yes {Halo {givenName},} other {Halo,}}',
      unsubscribe: 'Berhenti berlangganan email promosi',
      preferences: 'Atur preferensi pesan Anda',
    },
    ar: {
      greeting: '{named, select, yes {مرحبًا {givenName}،} other {مرحبًا،}}',
      unsubscribe: 'إلغاء الاشتراك في الرسائل التسويقية',
      preferences: 'إدارة تفضيلات الرسائل',
    },
    ro: {
      greeting: '{named, select, yes {Bună ziua, {givenName},} other {Bună ziua,}}',
      unsubscribe: 'Dezabonare de la e-mailurile de marketing',
      preferences: 'Gestionați preferințele pentru mesaje',
    },
    vi: {
      greeting: '{named, select, yes {Xin chào {givenName},} other {Kính gửi Quý khách,}}',
      unsubscribe: 'Hủy đăng ký nhận email tiếp thị',
      preferences: 'Quản lý tùy chọn nhận tin nhắn',
    },
    de: {
      greeting: '{named, select, yes {Hallo {givenName},} other {Guten Tag,}}',
      unsubscribe: 'Werbe-E-Mails abbestellen',
      preferences: 'Nachrichten-Einstellungen verwalten',
    },
  },
};

export default common;
