// Failures a user can cause (a broken file, a bad rule) travel as values, not exceptions.
// Outcome<T> holds either a value or a Failure with a stable code and a readable message.
//
//   Outcome<std::string> part = archive.read("word/document.xml");
//   if (!part) return part.failure();
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace jamkoll {

struct Failure {
  std::string code;     // stable, documented: "corrupt-zip", "xml-forbidden", …
  std::string message;  // for people; names the part or line where it helps
};

template <typename T>
class Outcome {
 public:
  Outcome(T value) : state_(std::move(value)) {}             // NOLINT: implicit by design
  Outcome(Failure failure) : state_(std::move(failure)) {}   // NOLINT: implicit by design

  explicit operator bool() const { return std::holds_alternative<T>(state_); }
  T& value() { return std::get<T>(state_); }
  const T& value() const { return std::get<T>(state_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Failure& failure() const { return std::get<Failure>(state_); }

 private:
  std::variant<T, Failure> state_;
};

}  // namespace jamkoll
