/** Article fixtures written for these tests (not taken from any news outlet). */
export const HI_SEED_LIKE = {
  title: 'कोविन डेटा लीक: मंत्रालय ने कहा- पोर्टल से कोई डाटा लीक नहीं हुआ, होगी जांच',
  text: [
    'केंद्रीय स्वास्थ्य मंत्रालय ने आज कहा कि को-विन पोर्टल से कोई डेटा लीक नहीं हुआ है और लोगों का डेटा पूरी तरह सुरक्षित है।',
    'मंत्रालय के बयान में कहा गया कि को-विन न तो किसी व्यक्ति का पता जुटाता है और न ही आरटी-पीसीआर जांच के नतीजे एकत्र करता है।',
    '',
    'खबरों के मुताबिक एक साइबर अपराधी ने रेड फ़ोरम पर दावा किया है कि उसके पास २० हज़ार से अधिक लोगों का निजी डाटा है। ',
    'दावे के अनुसार इस डेटा में लोगों के नाम, उम्र, लिंग, मोबाइल नम्बर, पता और कोविड-19 रिपोर्ट शामिल हैं।',
  ].join('\n'),
};

export const EN_UNKNOWN_LEAK = {
  title: 'Hacker claims data of 2.5 lakh customers of a Pune cooperative bank is up for sale',
  text: 'A hacker on a cybercrime forum claims to hold the personal data of 2.5 lakh customers of Example Sahakari Bank, including names, email addresses and bank account numbers. The bank said it is investigating the claim.',
};

export const EN_EXAM = {
  title: 'Board exam question paper leaked on WhatsApp, exam cancelled',
  text: 'The Class 12 mathematics question paper was leaked on WhatsApp hours before the exam. Police arrested three people and the board cancelled the paper. Candidates will sit the exam again next week.',
};

export const HI_GAS = {
  title: 'फैक्ट्री में गैस रिसाव, कई मजदूर बीमार',
  text: 'शहर की एक केमिकल फैक्ट्री में टैंक से जहरीली गैस लीक होने से कई मजदूर बीमार हो गए। पुलिस ने मामला दर्ज कर जांच शुरू कर दी है।',
};

export const EN_LAW = {
  title: 'New data protection rules: firms face penalty up to Rs 250 crore for data breach',
  text: 'The government notified the data protection rules on Friday. Under the law, companies must report any data breach to the Data Protection Board within 72 hours, and a penalty of up to Rs 250 crore can be imposed if personal data leaks due to poor security. The rules also set consent requirements.',
};
