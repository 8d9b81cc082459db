/**
 * Place names (cities with their countries and provinces, from the shipped city-timezones table),
 * so that "New Delhi" in "New Delhi | May 24, 2023" is read as a place, not an author.
 */
import cityTimezones from "city-timezones";

let places: Set<string> | undefined;

export function isPlace(name: string): boolean {
  if (!places) {
    places = new Set<string>();
    for (const c of cityTimezones.cityMapping) {
      places.add(c.city.toLowerCase());
      places.add(c.city_ascii.toLowerCase());
      places.add(c.country.toLowerCase());
      if (c.province) places.add(c.province.toLowerCase());
    }
  }
  return places.has(name.trim().toLowerCase());
}
