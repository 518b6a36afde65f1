package nl.bewijsmap.ui.dossier;

/** The inputs of the dossier screen that can show a problem next to them. */
public enum FormField {
    TITLE,
    PRICE,
    ORDER_DATE,
    DELIVERY_DATE,
    DISCOVERED_DATE,
    SELLER_REGISTRATION,
    SELLER_EMAIL,
    SELLER_POSTAL_CODE
}
