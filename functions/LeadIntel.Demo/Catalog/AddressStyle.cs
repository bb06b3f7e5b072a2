namespace LeadIntel.Demo.Catalog;

/// <summary>How a country writes a postal address on one line.</summary>
public enum AddressStyle
{
    /// <summary>120 King St W, Toronto, ON M5H 1A1</summary>
    NorthAmerica,

    /// <summary>12 Baker St, London W1U 3BW</summary>
    Britain,

    /// <summary>Friedrichstraße 43, 10117 Berlin (number after the street, postcode before the city)</summary>
    Continental,

    /// <summary>12 rue de Rivoli, 75004 Paris (number first, postcode before the city)</summary>
    French,

    /// <summary>45 George St, Sydney NSW 2000</summary>
    Australia,
}
